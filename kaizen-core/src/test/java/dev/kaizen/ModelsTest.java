package dev.kaizen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kaizen.core.Document;
import dev.kaizen.core.DocumentKind;
import dev.kaizen.core.ImprovementRecord;
import dev.kaizen.core.Scope;
import dev.kaizen.progression.Framework;
import dev.kaizen.progression.FrameworkDerived;
import dev.kaizen.progression.FrameworkLevel;
import dev.kaizen.sixstep.KaizenRecord;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Models holds exactly one model per kind, and the facade finds every kind's parts through it. */
class ModelsTest {
  @Test
  void everyKindHasOneModelOfItsOwnKindInEnumOrder() {
    List<DocumentKind> kinds = Models.all().stream().map(Model::kind).toList();
    assertEquals(Arrays.asList(DocumentKind.values()), kinds);
    for (DocumentKind kind : DocumentKind.values()) {
      assertSame(Models.of(kind), Models.all().get(kind.ordinal()), kind.token());
      assertEquals(kind, Models.of(kind).kind());
    }
    // The check run at class initialisation passes, and gives the same list.
    assertEquals(Models.all(), Models.check(DocumentKind.values()));
  }

  @Test
  void noTwoModelsShareADocumentOrDerivedType() {
    Set<Class<?>> types = new HashSet<>();
    Set<Class<?>> derivedTypes = new HashSet<>();
    for (Model<?, ?> model : Models.all()) {
      assertTrue(types.add(model.type()), model.toString());
      assertTrue(derivedTypes.add(model.derivedType()), model.toString());
      assertSame(model, Models.of(model.type()));
      assertEquals(model.kind(), model.scorer().policy().model(), model.toString());
    }
  }

  @Test
  void aTypeThatIsNoModelsIsRefusedByName() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Models.of(ImprovementRecord.class));
    assertTrue(e.getMessage().contains("dev.kaizen.core.ImprovementRecord"), e.getMessage());
    assertTrue(e.getMessage().contains("KaizenRecord"), e.getMessage());
  }

  @Test
  void aDocumentWhoseKindLiesIsRefusedNotMiscast() {
    Document liar = () -> DocumentKind.KAIZEN;
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Kaizen.validate(liar));
    assertTrue(
        e.getMessage().startsWith("expected a kaizen document (KaizenRecord), not a kaizen"),
        e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Kaizen.score(liar));
    assertThrows(IllegalArgumentException.class, () -> Kaizen.derive(liar));
    assertThrows(IllegalArgumentException.class, () -> Models.KAIZEN.cast(framework()));
  }

  @Test
  void aFrameworkDerivesItsLevelIdsInOrderAndTheirCount() {
    FrameworkDerived derived = Models.FRAMEWORK.derive(framework());
    assertEquals(List.of("L1", "L2"), derived.levels());
    assertEquals(2, derived.levelCount());
    assertEquals(DocumentKind.FRAMEWORK, derived.kind());
    assertEquals(derived, Kaizen.derive(framework()));
    assertEquals(
        Models.FRAMEWORK.scorer().score(framework()), Kaizen.score((Document) framework()));
    assertEquals(KaizenRecord.class, Models.KAIZEN.type());
  }

  private static Framework framework() {
    return Framework.builder()
        .name("engineering")
        .addLevels(level("L1", 0.0, Scope.SELF, 0), level("L2", 0.5, Scope.TEAM, 1))
        .build();
  }

  private static FrameworkLevel level(String id, double competence, Scope scope, int evidence) {
    return FrameworkLevel.builder()
        .id(id)
        .title(id)
        .minCompetence(competence)
        .minScope(scope)
        .minEvidence(evidence)
        .build();
  }
}
