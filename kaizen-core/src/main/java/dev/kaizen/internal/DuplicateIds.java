package dev.kaizen.internal;

import dev.kaizen.validation.JsonPath;
import dev.kaizen.validation.RuleCode;
import dev.kaizen.validation.Violations;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The one check that ids in a list are unique, which several models make (ideas, root causes,
 * countermeasures, items, candidates): every repeat of an id is reported at its {@code id}, with a
 * message the model words.
 */
public final class DuplicateIds {
  /** Words the message of one repeated id. */
  @FunctionalInterface
  public interface Message {
    /**
     * Returns the message.
     *
     * @param id the repeated id
     * @param first the path of the element that has the id first
     * @return what is wrong and how to fix it
     */
    String of(String id, JsonPath first);
  }

  /** Up to this many elements, repeats are found by comparing, without a map. */
  private static final int LINEAR = 16;

  private DuplicateIds() {}

  /**
   * Reports every element of {@code elements} whose id an earlier element has.
   *
   * @param <T> the element type
   * @param elements the list
   * @param id the id of an element
   * @param path the list's path; a repeat is reported at {@code path[i].id}
   * @param rule the rule broken
   * @param message the message of a repeat
   * @param found where violations go
   */
  public static <T> void report(
      List<T> elements,
      Function<T, String> id,
      JsonPath path,
      RuleCode rule,
      Message message,
      Violations found) {
    if (elements.size() <= LINEAR) {
      // few elements (the usual case): compare each id with the ones before it, without a map
      for (int i = 1; i < elements.size(); i++) {
        String value = id.apply(elements.get(i));
        for (int earlier = 0; earlier < i; earlier++) {
          if (id.apply(elements.get(earlier)).equals(value)) {
            found.add(path.index(i).property("id"), rule, message.of(value, path.index(earlier)));
            break;
          }
        }
      }
      return;
    }
    Map<String, Integer> first = new HashMap<>();
    for (int i = 0; i < elements.size(); i++) {
      String value = id.apply(elements.get(i));
      Integer earlier = first.putIfAbsent(value, i);
      if (earlier != null) {
        found.add(path.index(i).property("id"), rule, message.of(value, path.index(earlier)));
      }
    }
  }
}
