package dev.kaizen.svg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kaizen.Kaizen;
import dev.kaizen.a3.A3;
import dev.kaizen.core.Document;
import dev.kaizen.core.DocumentKind;
import dev.kaizen.matrix.Assessment;
import dev.kaizen.portfolio.Portfolio;
import dev.kaizen.progression.ProgressionCase;
import dev.kaizen.sixstep.KaizenRecord;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TimeZone;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** What each picture must show, read back from the parsed SVG; every picture also rasterised. */
class PicturesTest {
  // ---------------------------------------------------------------- assessment

  @Test
  void trajectoryShowsEveryPositionInOrderJoinedByArrowsOnTheMatrix() {
    Assessment assessment = (Assessment) Rendering.sample("assessment-trajectory");
    org.w3c.dom.Document xml = draw(assessment, "assessment-trajectory");
    for (String quadrant : List.of("learner", "expert", "overreaching", "leader")) {
      Element q = one(xml, "quadrant", quadrant);
      assertEquals(quadrant, textOf(q, "text"));
    }
    // The thresholds: one line across and one up, at 0.5 of the 460-unit plot from (90, 78).
    List<Element> thresholds = elements(one(xml, "thresholds"), "line");
    assertEquals(2, thresholds.size());
    assertEquals("320.0", thresholds.get(0).getAttribute("x1"));
    assertEquals("308.0", thresholds.get(1).getAttribute("y1"));

    List<Element> positions = byClass(xml, "position");
    assertEquals(3, positions.size());
    for (int i = 0; i < 3; i++) {
      var p = assessment.history().get(i);
      Element circle = elements(positions.get(i), "circle").get(0);
      assertEquals(Svg.num(90 + 460 * p.competence()), circle.getAttribute("cx"));
      assertEquals(Svg.num(78 + 460 * (1 - p.influence())), circle.getAttribute("cy"));
      assertTrue(titleOf(positions.get(i)).startsWith(p.date().toString()));
      assertEquals(i == 2, classes(positions.get(i)).contains("current"), "only the last is now");
      assertFalse(classes(positions.get(i)).contains("warned"));
    }
    assertTrue(
        titleOf(positions.get(2)).contains("competence 0.75, influence 0.40 (team), expert"));
    List<Element> arrows = byClass(xml, "step-arrow");
    assertEquals(2, arrows.size(), "one arrow from each position to the next");
    for (Element arrow : arrows) {
      assertTrue(arrow.getAttribute("marker-end").startsWith("url(#"));
    }
    // Arrow 1 runs from position 1 towards position 2.
    double x1 = Double.parseDouble(arrows.get(0).getAttribute("x1"));
    double x2 = Double.parseDouble(arrows.get(0).getAttribute("x2"));
    assertTrue(x1 < x2, "from the earlier to the later position");
    String desc = desc(xml);
    assertTrue(desc.contains("2022-06-30 competence 0.37, influence 0.00, learner; then"), desc);
  }

  @Test
  void aStepThatRaisedInfluenceBeforeCompetenceIsMarked() {
    Assessment assessment =
        (Assessment)
            Rendering.parseJson(
                "{\"kind\": \"assessment\", \"subject\": \"Lee\", \"history\": ["
                    + "{\"date\": \"2022-01-31\", \"expertise\": 0.3, \"changeSkill\": 0.3, \"scope\": \"self\"},"
                    + "{\"date\": \"2023-01-31\", \"expertise\": 0.4, \"changeSkill\": 0.3, \"scope\": \"department\"},"
                    + "{\"date\": \"2024-01-31\", \"expertise\": 0.8, \"changeSkill\": 0.7, \"scope\": \"department\"}]}");
    assertEquals(
        1,
        Kaizen.validate(assessment).violations().stream()
            .filter(v -> v.code().equals("matrix.trajectory.influence-before-competence"))
            .count());
    org.w3c.dom.Document xml = draw(assessment, "assessment-warned");
    List<Element> positions = byClass(xml, "position");
    assertEquals(List.of(false, true, false), warned(positions));
    assertTrue(titleOf(positions.get(1)).contains("influence rose before competence"));
    assertTrue(positions.get(1).getTextContent().contains("2 !"));
    assertTrue(
        desc(xml)
            .contains(
                "2023-01-31 competence 0.35, influence 0.60, overreaching"
                    + " (warning: influence rose before competence)"),
        desc(xml));
  }

  @Test
  void aSinglePositionHasNoArrow() {
    Document single =
        Rendering.parseJson(
            "{\"kind\": \"assessment\", \"subject\": \"Ann\", \"date\": \"2024-01-31\","
                + " \"expertise\": 0.7, \"changeSkill\": 0.5, \"scope\": \"team\"}");
    org.w3c.dom.Document xml = draw(single, "assessment-single");
    assertEquals(1, byClass(xml, "position").size());
    assertTrue(classes(byClass(xml, "position").get(0)).contains("current"));
    assertEquals(0, byClass(xml, "step-arrow").size());
    assertTrue(one(xml, "summary").getTextContent().contains("expert, competence 0.59"));
  }

  // ---------------------------------------------------------------- portfolio

  @Test
  void portfolioShowsPlanAndActualPerQuadrantPerQuarter() {
    Portfolio portfolio = (Portfolio) Rendering.sample("portfolio-2024");
    org.w3c.dom.Document xml = draw(portfolio, "portfolio-2024-content");
    List<Element> quarters = byClass(xml, "quarter");
    assertEquals(2, quarters.size());
    assertTrue(textOf(quarters.get(0), "text").startsWith("2024-Q1: spend 380 of 400 person-days"));
    List<Element> cells = byClass(quarters.get(0), "quadrant");
    assertEquals(4, cells.size());
    assertEquals(
        List.of("relationships", "products", "dysfunction", "innovation"),
        cells.stream().map(c -> classes(c).get(1)).collect(Collectors.toList()));
    // relationships: plan 25%, actual 90/380 = 24%; the bars are that share of 183 units.
    Element relationships = cells.get(0);
    assertEquals("25%", textOf(one(relationships, "plan-bar-value"), null));
    assertEquals("24%", textOf(one(relationships, "actual-bar-value"), null));
    assertEquals(Svg.num(183 * 0.25), one(relationships, "plan-bar").getAttribute("width"));
    assertEquals(Svg.num(183 * 90.0 / 380), one(relationships, "actual-bar").getAttribute("width"));
    assertEquals(0, byClass(xml, "drift").size());
    assertEquals(0, byClass(xml, "neglected").size());
  }

  @Test
  void driftAndNeglectAreMarkedWhereTheValidatorWarns() {
    String plan =
        "\"plan\": {\"support\": 0.25, \"features\": 0.25, \"tech-debt\": 0.25, \"innovation\": 0.25}";
    Portfolio portfolio =
        (Portfolio)
            Rendering.parseJson(
                "{\"kind\": \"portfolio\", \"scale\": \"product\", \"name\": \"App\","
                    + " \"unit\": \"days\", \"quarters\": ["
                    + "{\"quarter\": \"2025-Q1\", \"budget\": 100, "
                    + plan
                    + ", \"items\": ["
                    + item("a", "support", 25)
                    + ","
                    + item("b", "features", 50)
                    + ","
                    + item("c", "tech-debt", 23)
                    + ","
                    + item("d", "innovation", 2)
                    + "]},"
                    + "{\"quarter\": \"2025-Q2\", \"budget\": 100, "
                    + plan
                    + ", \"items\": ["
                    + item("e", "support", 30)
                    + ","
                    + item("f", "features", 40)
                    + ","
                    + item("g", "tech-debt", 30)
                    + "]},"
                    + "{\"quarter\": \"2025-Q3\", \"budget\": 100, "
                    + plan
                    + "}]}");
    org.w3c.dom.Document xml = draw(portfolio, "portfolio-marked");
    List<Element> quarters = byClass(xml, "quarter");
    assertEquals(3, quarters.size());
    // Q1: features 50% against 25% and innovation 2% against 25% drift; nothing neglected yet.
    assertEquals(List.of("features", "innovation"), marked(quarters.get(0), "drift"));
    assertEquals(List.of(), marked(quarters.get(0), "neglected"));
    // Q2: innovation 0% (drift), and under 5% for the second quarter running (neglected).
    assertEquals(List.of("features", "innovation"), marked(quarters.get(1), "drift"));
    assertEquals(List.of("innovation"), marked(quarters.get(1), "neglected"));
    Element innovation = byClass(quarters.get(1), "innovation").get(0);
    assertEquals("! drift -25 points, ! neglected", textOf(one(innovation, "mark"), null));
    // Q3 has no items: no actual shares, nothing marked.
    assertEquals(List.of(), marked(quarters.get(2), "drift"));
    assertEquals(0, byClass(quarters.get(2), "actual-bar").size());
    assertTrue(quarters.get(2).getTextContent().contains("no items"));
    assertTrue(
        desc(xml).contains("innovation plan 25%, actual 0%, drift beyond 10 points, neglected."),
        desc(xml));
  }

  private static String item(String id, String quadrant, double cost) {
    return "{\"id\": \""
        + id
        + "\", \"title\": \""
        + id
        + "\", \"quadrant\": \""
        + quadrant
        + "\", \"cost\": "
        + cost
        + "}";
  }

  private static List<String> marked(Element quarter, String mark) {
    return byClass(quarter, mark).stream().map(c -> classes(c).get(1)).collect(Collectors.toList());
  }

  // ---------------------------------------------------------------- progression

  @Test
  void progressionCaseShowsEveryLevelAndCriterionTheHighestMetAndTheTarget() {
    ProgressionCase progressionCase = (ProgressionCase) Rendering.sample("progression-case-senior");
    org.w3c.dom.Document xml = draw(progressionCase, "progression-content");
    List<Element> levels = byClass(xml, "level");
    assertEquals(4, levels.size());
    var results = progressionCase.levels();
    for (int i = 0; i < 4; i++) {
      Element level = levels.get(i);
      var result = results.get(i);
      assertEquals(result.id(), textOf(one(level, "level-id"), null));
      assertEquals(result.met(), classes(level).contains("met"), result.id());
      assertEquals(!result.met(), classes(level).contains("not-met"), result.id());
      List<Element> criteria = byClass(level, "criterion");
      assertEquals(3, criteria.size());
      for (int c = 0; c < 3; c++) {
        var criterion = result.criteria().get(c);
        List<String> cls = classes(criteria.get(c));
        assertEquals(criterion.name().token(), cls.get(1));
        assertEquals(criterion.met() ? "met" : "short", cls.get(2), result.id() + " " + cls);
        assertEquals(
            criterion.met() ? "met" : "short", textOf(one(criteria.get(c), "state"), null));
      }
    }
    assertEquals(List.of("L3"), ids(byClass(xml, "highest")));
    assertEquals(List.of("L3"), ids(byClass(xml, "target")));
    Element l4 = levels.get(3);
    assertEquals("needs \u2265 3", textOf(one(byClass(l4, "evidence").get(0), "needs"), null));
    assertEquals("has 2", textOf(one(byClass(l4, "evidence").get(0), "has"), null));
    assertTrue(one(xml, "target-summary").getTextContent().endsWith(": met"));
    assertTrue(
        one(xml, "verdict")
            .getTextContent()
            .equals("Highest level met: L3 Senior engineer; next focus: evidence"));
  }

  @Test
  void anUnmetTargetAndACappedLevelAreShown() {
    ProgressionCase sample = (ProgressionCase) Rendering.sample("progression-case-senior");
    // Expertise 0.3: competence √(0.3 × 1) ≈ 0.55, short of L3's 0.6; L4 cannot be met either.
    ProgressionCase weaker = sample.withExpertise(0.3).withTargetLevel("L4");
    org.w3c.dom.Document xml = draw(weaker, "progression-unmet");
    assertEquals(List.of("L2"), ids(byClass(xml, "highest")));
    assertEquals(List.of("L4"), ids(byClass(xml, "target")));
    Element l3 = byClass(xml, "level").get(2);
    assertEquals("short", classes(byClass(l3, "competence").get(0)).get(2));
    assertTrue(one(xml, "target-summary").getTextContent().endsWith(": not met"));
  }

  @Test
  void frameworkShowsEachLevelsThresholds() {
    ProgressionCase sample = (ProgressionCase) Rendering.sample("progression-case-senior");
    org.w3c.dom.Document xml = draw(sample.framework(), "framework");
    List<Element> levels = byClass(xml, "level");
    assertEquals(List.of("L1", "L2", "L3", "L4"), ids(levels));
    Element l4 = levels.get(3);
    assertEquals("Staff engineer", textOf(one(l4, "level-title"), null));
    assertEquals(
        List.of("required", "required", "required"),
        byClass(l4, "criterion").stream().map(c -> classes(c).get(2)).collect(Collectors.toList()));
    assertEquals(
        List.of("needs \u2265 0.75", "needs \u2265 department", "needs \u2265 3"),
        byClass(l4, "needs").stream().map(Node::getTextContent).collect(Collectors.toList()));
    assertEquals(0, byClass(xml, "met").size() + byClass(xml, "short").size());
  }

  // ---------------------------------------------------------------- Kaizen record and A3

  @Test
  void completeKaizenRecordShowsItsStepsAndTheMetricsAxis() {
    KaizenRecord record = (KaizenRecord) Rendering.sample("kaizen-automation-script");
    org.w3c.dom.Document xml = draw(record, "kaizen-content");
    assertEquals(
        List.of("filled", "filled", "filled", "filled", "filled", "filled"), states(xml, "step"));
    assertEquals("baseline 5", titleOf(one(xml, "value", "baseline")));
    assertEquals("target 2.5", titleOf(one(xml, "value", "target")));
    assertEquals("result 2.3", titleOf(one(xml, "value", "result")));
    double baseline = axisX(one(xml, "value", "baseline"));
    double target = axisX(one(xml, "value", "target"));
    double result = axisX(one(xml, "value", "result"));
    assertTrue(result < target && target < baseline, "lower values lie further left");
    assertTrue(
        one(xml, "metric").getTextContent().equals("script run time (minutes), lower is better"));
    assertEquals("Result 2.3: attainment 1.08, target met.", one(xml, "verdict").getTextContent());
  }

  @Test
  void kaizenRecordInProgressShowsTheCurrentStepAndNoResult() {
    KaizenRecord record =
        ((KaizenRecord) Rendering.sample("kaizen-automation-script"))
            .withPlan(Optional.empty())
            .withChanges(List.of())
            .withEvaluation(Optional.empty());
    org.w3c.dom.Document xml = draw(record, "kaizen-in-progress");
    assertEquals(
        List.of("filled", "filled", "filled", "current", "missing", "missing"),
        states(xml, "step"));
    assertEquals("state", one(byClass(xml, "current").get(0), "state").getAttribute("class"));
    assertEquals(0, byClass(xml, "result").size());
    assertTrue(one(xml, "verdict").getTextContent().startsWith("No result yet"));
    assertTrue(one(xml, "facts").getTextContent().contains("at step 4 of 6"));
  }

  @Test
  void a3ShowsItsSectionsAndTheDerivedTarget() {
    A3 a3 = (A3) Rendering.sample("a3-major-issues");
    org.w3c.dom.Document xml = draw(a3, "a3-content");
    assertEquals(7, states(xml, "section").size());
    assertEquals(
        List.of("filled"), states(xml, "section").stream().distinct().collect(Collectors.toList()));
    assertEquals("target 17.6", titleOf(one(xml, "value", "target")), "22 reduced by 20%");
    assertEquals("baseline 22", titleOf(one(xml, "value", "baseline")));
    assertEquals("result 15", titleOf(one(xml, "value", "result")));

    A3 early =
        a3.withCountermeasures(List.of())
            .withCheck(Optional.empty())
            .withFollowUp(Optional.empty());
    org.w3c.dom.Document inProgress = draw(early, "a3-in-progress");
    assertEquals(
        List.of("filled", "filled", "filled", "filled", "current", "missing", "missing"),
        states(inProgress, "section"));
    assertEquals(0, byClass(inProgress, "result").size());
    assertTrue(
        desc(inProgress)
            .contains("5 countermeasures current; 6 check / confirmation effect missing"));
  }

  // ---------------------------------------------------------------- text, determinism

  @Test
  void textFromTheDocumentIsEscapedAndLongTextIsCutWithItsFullTextInATitle() {
    String hostile =
        "<script>alert(\\\"x\\\")</script> & 'quoted' \\u0001 "
            + "and a very long tail that cannot possibly fit into one line of the picture, "
            + "nor into two of them, because it goes on and on and on well past the edge";
    Document document =
        Rendering.parseJson(
            "{\"kind\": \"assessment\", \"subject\": \""
                + hostile
                + "\", \"date\": \"2024-01-31\","
                + " \"expertise\": 0.7, \"changeSkill\": 0.5, \"scope\": \"team\"}");
    String svg = Pictures.svg(document);
    assertFalse(svg.contains("<script"), "escaped");
    org.w3c.dom.Document xml = draw(document, "hostile");
    String subject = ((Assessment) document).subject();
    Element heading = (Element) xml.getElementsByTagNameNS("*", "text").item(0);
    String shown = heading.getLastChild().getTextContent();
    assertTrue(shown.endsWith("\u2026"), shown);
    assertTrue(Svg.width(shown, Svg.HEADING * Svg.BOLD) <= Svg.WIDTH - 40 + 1e-9, shown);
    assertEquals(
        ("Competence and influence of " + subject).replace('\u0001', '\uFFFD'),
        textOf(heading, "title"));
    assertTrue(desc(xml).contains("<script>alert(\"x\")</script> & 'quoted' \uFFFD"));
  }

  @Test
  void theSameDocumentGivesTheSameBytesInAnyLocaleAndTimeZone() {
    Locale locale = Locale.getDefault();
    TimeZone zone = TimeZone.getDefault();
    List<String> before = new ArrayList<>();
    List<Document> documents = samples();
    documents.forEach(d -> before.add(Pictures.svg(d)));
    try {
      Locale.setDefault(Locale.forLanguageTag("de-DE"));
      TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
      for (int i = 0; i < documents.size(); i++) {
        assertEquals(before.get(i), Pictures.svg(documents.get(i)));
      }
      Locale.setDefault(Locale.forLanguageTag("ar-EG-u-nu-arab"));
      for (int i = 0; i < documents.size(); i++) {
        assertEquals(before.get(i), Pictures.svg(documents.get(i)));
      }
    } finally {
      Locale.setDefault(locale);
      TimeZone.setDefault(zone);
    }
  }

  @Test
  void everyKindIsDrawnAndUnknownKindsAreRefused() {
    List<DocumentKind> drawn = new ArrayList<>();
    List<Document> documents = new ArrayList<>(samples());
    documents.add(((ProgressionCase) Rendering.sample("progression-case-senior")).framework());
    for (Document d : documents) {
      Rendering.parse(Pictures.svg(d));
      if (!drawn.contains(d.kind())) {
        drawn.add(d.kind());
      }
    }
    assertEquals(
        Arrays.stream(DocumentKind.values()).sorted().collect(Collectors.toList()),
        drawn.stream().sorted().collect(Collectors.toList()));
    Document alien = () -> DocumentKind.KAIZEN;
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Pictures.svg(alien));
    assertTrue(
        e.getMessage().startsWith("a document of kind kaizen must be a KaizenRecord"),
        e.getMessage());
  }

  @Test
  void extremeValuesStillGiveAPictureThatRenders() {
    KaizenRecord record = (KaizenRecord) Rendering.sample("kaizen-automation-script");
    KaizenRecord huge =
        record
            .withPotential(record.potential().withBaseline(1e300).withTarget(-1e300))
            .withEvaluation(record.evaluation().get().withValue(0));
    String svg = Pictures.svg(huge);
    assertFalse(svg.contains("NaN") || svg.contains("Infinity"), svg);
    draw(huge, "kaizen-extreme");
    KaizenRecord flat =
        record
            .withPotential(record.potential().withBaseline(0).withTarget(0))
            .withEvaluation(record.evaluation().get().withValue(0));
    draw(flat, "kaizen-flat");
  }

  // ---------------------------------------------------------------- helpers

  private static List<Document> samples() {
    List<Document> documents = new ArrayList<>();
    for (String name :
        List.of(
            "a3-major-issues",
            "assessment-trajectory",
            "kaizen-automation-script",
            "portfolio-2024",
            "portfolio-product-2025",
            "progression-case-senior")) {
      documents.add(Rendering.sample(name));
    }
    return documents;
  }

  private static org.w3c.dom.Document draw(Document document, String name) {
    String svg = Pictures.svg(document);
    org.w3c.dom.Document xml = Rendering.parse(svg);
    Rendering.rasterise(svg, name);
    return xml;
  }

  static List<String> classes(Element element) {
    return Arrays.asList(element.getAttribute("class").split(" "));
  }

  /** The elements under {@code root} whose class names include all of {@code names}. */
  static List<Element> byClass(Node root, String... names) {
    List<Element> found = new ArrayList<>();
    NodeList all =
        root instanceof org.w3c.dom.Document
            ? ((org.w3c.dom.Document) root).getElementsByTagNameNS("*", "*")
            : ((Element) root).getElementsByTagNameNS("*", "*");
    for (int i = 0; i < all.getLength(); i++) {
      Element e = (Element) all.item(i);
      if (classes(e).containsAll(List.of(names))) {
        found.add(e);
      }
    }
    return found;
  }

  static Element one(Node root, String... names) {
    List<Element> found = byClass(root, names);
    assertEquals(1, found.size(), "one element of class " + String.join(" ", names));
    return found.get(0);
  }

  static List<Element> elements(Element root, String name) {
    List<Element> found = new ArrayList<>();
    NodeList all = root.getElementsByTagNameNS("*", name);
    for (int i = 0; i < all.getLength(); i++) {
      found.add((Element) all.item(i));
    }
    return found;
  }

  /** The text of the first {@code name} child under {@code root}, or of root itself. */
  static String textOf(Element root, String name) {
    return name == null ? root.getTextContent() : elements(root, name).get(0).getTextContent();
  }

  /** The {@code <title>} a group has as its first child. */
  static String titleOf(Element group) {
    for (Node n = group.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element && ((Element) n).getLocalName().equals("title")) {
        return n.getTextContent();
      }
    }
    throw new AssertionError("no title in " + group.getAttribute("class"));
  }

  static String desc(org.w3c.dom.Document xml) {
    return xml.getElementsByTagNameNS("*", "desc").item(0).getTextContent();
  }

  private static List<Boolean> warned(List<Element> positions) {
    return positions.stream().map(p -> classes(p).contains("warned")).collect(Collectors.toList());
  }

  private static List<String> ids(List<Element> levels) {
    return levels.stream().map(l -> textOf(one(l, "level-id"), null)).collect(Collectors.toList());
  }

  private static List<String> states(org.w3c.dom.Document xml, String part) {
    List<String> states = new ArrayList<>();
    for (Element e : byClass(xml, part)) {
      if (classes(e).get(0).equals(part)) {
        states.add(classes(e).get(1));
      }
    }
    return states;
  }

  /** Where a value's marker lies on the axis: its circle's centre or its path's first point. */
  private static double axisX(Element value) {
    List<Element> circles = elements(value, "circle");
    if (!circles.isEmpty()) {
      return Double.parseDouble(circles.get(0).getAttribute("cx"));
    }
    String d = elements(value, "path").get(0).getAttribute("d");
    return Double.parseDouble(d.substring(1, d.indexOf(',')));
  }
}
