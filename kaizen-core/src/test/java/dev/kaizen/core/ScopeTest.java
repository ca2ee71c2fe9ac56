package dev.kaizen.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScopeTest {

  @ParameterizedTest
  @CsvSource({
    "SELF, 0.0",
    "PEERS, 0.2",
    "TEAM, 0.4",
    "DEPARTMENT, 0.6",
    "ORGANISATION, 0.8",
    "INDUSTRY, 1.0"
  })
  void influenceLadder(Scope scope, double influence) {
    assertEquals(influence, scope.influence(), 1e-9);
  }

  @Test
  void scopesGoFromSmallestToWidest() {
    assertEquals(
        List.of("self", "peers", "team", "department", "organisation", "industry"),
        List.of(Scope.values()).stream().map(Scope::token).collect(Collectors.toList()));
  }

  @Test
  void isAtLeast() {
    assertTrue(Scope.TEAM.isAtLeast(Scope.TEAM));
    assertTrue(Scope.TEAM.isAtLeast(Scope.PEERS));
    assertTrue(Scope.INDUSTRY.isAtLeast(Scope.SELF));
    assertFalse(Scope.TEAM.isAtLeast(Scope.DEPARTMENT));
    assertFalse(Scope.SELF.isAtLeast(Scope.PEERS));
  }
}
