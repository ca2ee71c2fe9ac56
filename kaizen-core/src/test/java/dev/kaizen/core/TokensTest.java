package dev.kaizen.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TokensTest {

  @Test
  void parseFindsTheConstantByItsToken() {
    assertEquals(Optional.of(Level.MEDIUM), Tokens.parse(Level.class, "medium"));
    assertEquals(Optional.of(Scope.ORGANISATION), Tokens.parse(Scope.class, "organisation"));
    assertEquals(
        Optional.of(DocumentKind.PROGRESSION_CASE),
        Tokens.parse(DocumentKind.class, "progression-case"));
  }

  @Test
  void parseIsExact() {
    assertEquals(Optional.empty(), Tokens.parse(Level.class, "Medium"));
    assertEquals(Optional.empty(), Tokens.parse(Level.class, "MEDIUM"));
    assertEquals(Optional.empty(), Tokens.parse(Level.class, " medium"));
    assertEquals(Optional.empty(), Tokens.parse(DocumentKind.class, "progression_case"));
    assertEquals(Optional.empty(), Tokens.parse(DocumentKind.class, "PROGRESSION_CASE"));
    assertEquals(Optional.empty(), Tokens.parse(Level.class, ""));
  }

  @Test
  void allowedListsTokensInDeclarationOrder() {
    assertEquals(List.of("low", "medium", "high"), Tokens.allowed(Level.class));
    assertEquals(List.of("lower", "higher"), Tokens.allowed(Direction.class));
    assertEquals(
        List.of("kaizen", "a3", "assessment", "framework", "progression-case", "portfolio"),
        Tokens.allowed(DocumentKind.class));
  }

  @Test
  void kebabLowersAndHyphenates() {
    assertEquals("progression-case", Tokens.kebab(DocumentKind.PROGRESSION_CASE));
    assertEquals("a3", Tokens.kebab(DocumentKind.A3));
  }

  @Test
  void everyTokenRoundTrips() {
    for (DocumentKind kind : DocumentKind.values()) {
      assertEquals(Optional.of(kind), Tokens.parse(DocumentKind.class, kind.token()));
    }
    for (Scope scope : Scope.values()) {
      assertEquals(Optional.of(scope), Tokens.parse(Scope.class, scope.token()));
    }
  }
}
