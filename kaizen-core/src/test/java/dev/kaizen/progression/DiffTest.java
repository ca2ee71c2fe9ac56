package dev.kaizen.progression;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import dev.kaizen.core.Scope;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Diffs between two levels and between two editions of a framework (DOMAIN.md §6.2). */
class DiffTest {
  private static Track track(String id, String... milestones) {
    return Track.builder().id(id).title(id).addMilestones(milestones).build();
  }

  private static final Framework EDITION_1 =
      Framework.builder()
          .version(2)
          .name("Acme")
          .revision("2025.1")
          .points(ImmutableList.of(0.0, 1.0, 3.0, 6.0))
          .addTracks(track("mobile", "a", "b", "c"), track("servers", "a", "b", "c"))
          .addLevels(
              FrameworkLevel.builder().id("IC2").title("Engineer").ladder("ic").rank(2).build(),
              FrameworkLevel.builder()
                  .id("IC3")
                  .title("Senior")
                  .ladder("ic")
                  .rank(3)
                  .minPoints(6)
                  .putMinMilestones("servers", 2)
                  .minScope(Scope.TEAM)
                  .build(),
              FrameworkLevel.builder()
                  .id("M3")
                  .title("Manager")
                  .ladder("manager")
                  .rank(3)
                  .minPoints(6)
                  .build())
          .build();

  @Test
  void aLevelDiffListsEveryCriterionEitherLevelStatesInReportOrder() {
    LevelDiff diff = LevelDiff.between(EDITION_1, "IC2", "IC3");
    assertEquals("Acme", diff.framework());
    assertEquals(
        List.of("scope", "points", "milestones.servers"),
        diff.criteria().stream().map(CriterionChange::name).toList());
    CriterionChange points = diff.criteria().get(1);
    assertEquals(Optional.empty(), points.before());
    assertEquals(Optional.of(6.0), points.after());
    assertEquals(Optional.of(Scope.TEAM), diff.criteria().get(0).after());
    assertEquals(Optional.of(2), diff.criteria().get(2).after());
    assertEquals("points — → 6", points.describe());
    assertEquals(diff.criteria(), diff.changes());
  }

  @Test
  void equalCriteriaAreListedButNotChanged() {
    LevelDiff diff = LevelDiff.between(EDITION_1, "IC3", "M3");
    CriterionChange points = diff.criteria().get(1);
    assertEquals("points", points.name());
    assertFalse(points.changed());
    assertEquals(
        List.of("scope", "milestones.servers"),
        diff.changes().stream().map(CriterionChange::name).toList());
    assertTrue(LevelDiff.between(EDITION_1, "IC3", "IC3").changes().isEmpty());
  }

  @Test
  void anUnknownLevelIsRefusedWithTheLevels() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> LevelDiff.between(EDITION_1, "IC2", "IC9"));
    assertTrue(e.getMessage().contains("[IC2, IC3, M3]"), e.getMessage());
  }

  @Test
  void aFrameworkDiffNamesWhatWasAddedRemovedAndChanged() {
    Framework edition2 =
        Framework.builder()
            .from(EDITION_1)
            .revision("2026.1")
            .tracks(
                List.of(
                    Track.builder().from(EDITION_1.tracks().get(1)).weight(2).build(),
                    track("web", "a", "b", "c")))
            .levels(
                List.of(
                    EDITION_1.levels().get(0),
                    FrameworkLevel.builder()
                        .from(EDITION_1.levels().get(1))
                        .minPoints(9)
                        .title("Senior engineer")
                        .build(),
                    FrameworkLevel.builder().id("IC4").title("Staff").ladder("ic").rank(4).build()))
            .build();
    FrameworkDiff diff = FrameworkDiff.between(EDITION_1, edition2);
    assertEquals(Optional.of("2025.1"), diff.fromRevision());
    assertEquals(Optional.of("2026.1"), diff.toRevision());
    assertTrue(diff.changes().isEmpty());
    assertEquals(List.of("web"), diff.tracksAdded());
    assertEquals(List.of("mobile"), diff.tracksRemoved());
    assertEquals(1, diff.tracksChanged().size());
    ElementChange servers = diff.tracksChanged().get(0);
    assertEquals("servers", servers.id());
    assertEquals(
        List.of(
            CriterionChange.builder()
                .name("weight")
                .before(Optional.of(1.0))
                .after(Optional.of(2.0))
                .build()),
        servers.changes());
    assertEquals(List.of("IC4"), diff.levelsAdded());
    assertEquals(List.of("M3"), diff.levelsRemoved());
    ElementChange ic3 = diff.levelsChanged().get(0);
    assertEquals("IC3", ic3.id());
    assertEquals(
        List.of("title Senior → Senior engineer", "points 6 → 9"),
        ic3.changes().stream().map(CriterionChange::describe).toList());
    assertFalse(diff.isEmpty());
    assertTrue(FrameworkDiff.between(EDITION_1, EDITION_1).isEmpty());
  }
}
