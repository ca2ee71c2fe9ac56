package dev.kaizen.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LevelTest {

  @Test
  void ranks() {
    assertEquals(1, Level.LOW.rank());
    assertEquals(2, Level.MEDIUM.rank());
    assertEquals(3, Level.HIGH.rank());
  }

  @Test
  void tokens() {
    assertEquals("low", Level.LOW.token());
    assertEquals("medium", Level.MEDIUM.token());
    assertEquals("high", Level.HIGH.token());
  }
}
