package dev.kaizen.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The release metadata stays complete as modules come and go: the BOM manages exactly the library
 * modules (those with a {@code module-info.java}), at the project's version, and the parent pom
 * carries what Maven Central asks for.
 */
class ReleaseBuildTest {
  private static final Path ROOT = Path.of("..");

  @Test
  void bomManagesEveryLibraryModuleAtTheProjectVersion() throws Exception {
    Element parent = pom(ROOT.resolve("pom.xml"));
    Element bom = pom(ROOT.resolve("kaizen-bom/pom.xml"));
    String version = text(parent, "version");

    TreeSet<String> libraries = new TreeSet<>();
    for (String module : texts(child(parent, "modules"), "module")) {
      if (Files.exists(ROOT.resolve(module).resolve("src/main/java/module-info.java"))) {
        libraries.add(module);
      }
    }
    assertTrue(
        libraries.contains("kaizen-core") && libraries.contains("kaizen-json"),
        libraries::toString);

    TreeSet<String> managed = new TreeSet<>();
    Element dependencies = child(child(bom, "dependencyManagement"), "dependencies");
    for (Element dependency : children(dependencies, "dependency")) {
      assertEquals("dev.kaizen", text(dependency, "groupId"));
      assertEquals(
          "${project.version}", text(dependency, "version"), text(dependency, "artifactId"));
      managed.add(text(dependency, "artifactId"));
    }

    assertEquals(libraries, managed, "the BOM lists exactly the library modules");
    assertEquals(version, text(bom, "version"), "the BOM has the parent's version");
    assertTrue(texts(child(parent, "modules"), "module").contains("kaizen-bom"));
  }

  @Test
  void parentAndBomCarryTheMetadataACentralReleaseNeeds() throws Exception {
    for (Path path : List.of(ROOT.resolve("pom.xml"), ROOT.resolve("kaizen-bom/pom.xml"))) {
      Element pom = pom(path);
      for (String member : List.of("name", "description", "url")) {
        assertFalse(text(pom, member).isBlank(), path + " " + member);
      }
      assertFalse(
          text(child(child(pom, "licenses"), "license"), "name").isBlank(), path + " licence");
      assertFalse(
          text(child(child(pom, "developers"), "developer"), "name").isBlank(),
          path + " developer");
      Element scm = child(pom, "scm");
      for (String member : List.of("connection", "developerConnection", "url")) {
        assertFalse(text(scm, member).isBlank(), path + " scm " + member);
      }
    }
  }

  @Test
  void changelogHasAnUnreleasedSection() throws IOException {
    String changelog = Files.readString(ROOT.resolve("CHANGELOG.md"));
    assertTrue(changelog.startsWith("# Changelog"), "CHANGELOG.md starts with its title");
    assertTrue(changelog.contains("\n## [Unreleased]"), "CHANGELOG.md has an Unreleased section");
    assertTrue(Files.exists(ROOT.resolve("LICENSE")), "the LICENSE every jar carries");
  }

  private static Element pom(Path path) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    Document document = factory.newDocumentBuilder().parse(path.toFile());
    return document.getDocumentElement();
  }

  private static List<Element> children(Element parent, String name) {
    List<Element> found = new ArrayList<>();
    NodeList nodes = parent.getChildNodes();
    for (int i = 0; i < nodes.getLength(); i++) {
      Node node = nodes.item(i);
      if (node instanceof Element && ((Element) node).getTagName().equals(name)) {
        found.add((Element) node);
      }
    }
    return found;
  }

  private static Element child(Element parent, String name) {
    List<Element> found = children(parent, name);
    assertEquals(1, found.size(), () -> "one <" + name + "> in <" + parent.getTagName() + ">");
    return found.get(0);
  }

  private static String text(Element parent, String name) {
    return child(parent, name).getTextContent().trim();
  }

  private static List<String> texts(Element parent, String name) {
    List<String> found = new ArrayList<>();
    for (Element element : children(parent, name)) {
      found.add(element.getTextContent().trim());
    }
    return found;
  }
}
