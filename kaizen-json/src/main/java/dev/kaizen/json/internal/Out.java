package dev.kaizen.json.internal;

import dev.kaizen.core.ImprovementRecord;
import dev.kaizen.core.Tokenized;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.function.BiConsumer;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.io.NumberOutput;

/**
 * Writes the members of JSON objects in DOMAIN.md's format: absent optional values and empty
 * optional lists are left out, so that reading the output gives an equal document.
 */
public final class Out {
  private final JsonGenerator generator;

  /**
   * Wraps a generator.
   *
   * @param generator the Jackson generator
   */
  public Out(JsonGenerator generator) {
    this.generator = generator;
  }

  /**
   * Returns the underlying generator.
   *
   * @return the generator
   */
  public JsonGenerator generator() {
    return generator;
  }

  /**
   * Writes a string member.
   *
   * @param name the member
   * @param value the value
   * @return this
   */
  public Out string(String name, String value) {
    generator.writeStringProperty(name, value);
    return this;
  }

  /**
   * Writes a string member when present.
   *
   * @param name the member
   * @param value the value
   * @return this
   */
  public Out optString(String name, Optional<String> value) {
    value.ifPresent(v -> string(name, v));
    return this;
  }

  /**
   * Writes a number member, always in the shortest decimal that reads back as the same double
   * (Schubfach, as {@code Double.toString} has it from JDK 19 on), whatever the JDK and the
   * generator's settings: {@code Double.toString} on JDK 17 sometimes writes more digits, so the
   * same document would otherwise give other bytes on JDK 17 than on JDK 25.
   *
   * @param name the member
   * @param value the value
   * @return this
   */
  public Out number(String name, double value) {
    if (!Double.isFinite(value)) {
      // Not a JSON number; the generator's own rule applies.
      generator.writeNumberProperty(name, value);
      return this;
    }
    generator.writeName(name);
    generator.writeNumber(NumberOutput.toString(value, true));
    return this;
  }

  /**
   * Writes a number member when present.
   *
   * @param name the member
   * @param value the value
   * @return this
   */
  public Out optNumber(String name, OptionalDouble value) {
    value.ifPresent(v -> number(name, v));
    return this;
  }

  /**
   * Writes a number member, or {@code null} when absent (for derived values, whose names are always
   * there).
   *
   * @param name the member
   * @param value the value
   * @return this
   */
  public Out numberOrNull(String name, OptionalDouble value) {
    if (value.isPresent()) {
      return number(name, value.getAsDouble());
    }
    generator.writeNullProperty(name);
    return this;
  }

  /**
   * Writes a string member, or {@code null} when absent (for derived values, whose names are always
   * there).
   *
   * @param name the member
   * @param value the value
   * @return this
   */
  public Out stringOrNull(String name, Optional<String> value) {
    if (value.isPresent()) {
      return string(name, value.get());
    }
    generator.writeNullProperty(name);
    return this;
  }

  /**
   * Writes a nested object, or {@code null} when absent (for derived values, whose names are always
   * there).
   *
   * @param name the member
   * @param value the value
   * @param writer writes the value's members
   * @param <T> the value type
   * @return this
   */
  public <T> Out objectOrNull(String name, Optional<T> value, BiConsumer<Out, T> writer) {
    if (value.isPresent()) {
      return object(name, value.get(), writer);
    }
    generator.writeNullProperty(name);
    return this;
  }

  /**
   * Writes a whole-number member.
   *
   * @param name the member
   * @param value the value
   * @return this
   */
  public Out wholeNumber(String name, long value) {
    generator.writeNumberProperty(name, value);
    return this;
  }

  /**
   * Writes a whole-number member when present.
   *
   * @param name the member
   * @param value the value
   * @return this
   */
  public Out optWholeNumber(String name, OptionalInt value) {
    value.ifPresent(v -> wholeNumber(name, v));
    return this;
  }

  /**
   * Writes a boolean member.
   *
   * @param name the member
   * @param value the value
   * @return this
   */
  public Out bool(String name, boolean value) {
    generator.writeBooleanProperty(name, value);
    return this;
  }

  /**
   * Writes a date member in ISO-8601.
   *
   * @param name the member
   * @param value the value
   * @return this
   */
  public Out date(String name, LocalDate value) {
    return string(name, value.toString());
  }

  /**
   * Writes a date member when present.
   *
   * @param name the member
   * @param value the value
   * @return this
   */
  public Out optDate(String name, Optional<LocalDate> value) {
    value.ifPresent(v -> date(name, v));
    return this;
  }

  /**
   * Writes an enum member as its token.
   *
   * @param name the member
   * @param value the value
   * @return this
   */
  public Out token(String name, Tokenized value) {
    return string(name, value.token());
  }

  /**
   * Writes an enum member as its token when present.
   *
   * @param name the member
   * @param value the value
   * @return this
   */
  public Out optToken(String name, Optional<? extends Tokenized> value) {
    value.ifPresent(v -> token(name, v));
    return this;
  }

  /**
   * Writes an array of strings, even when empty.
   *
   * @param name the member
   * @param values the values
   * @return this
   */
  public Out strings(String name, List<String> values) {
    generator.writeName(name);
    generator.writeStartArray();
    for (String value : values) {
      generator.writeString(value);
    }
    generator.writeEndArray();
    return this;
  }

  /**
   * Writes an array of strings, left out when empty.
   *
   * @param name the member
   * @param values the values
   * @return this
   */
  public Out optStrings(String name, List<String> values) {
    return values.isEmpty() ? this : strings(name, values);
  }

  /**
   * Writes a nested object whose members {@code writer} writes.
   *
   * @param name the member
   * @param value the value
   * @param writer writes the value's members
   * @param <T> the value type
   * @return this
   */
  public <T> Out object(String name, T value, BiConsumer<Out, T> writer) {
    generator.writeName(name);
    objectValue(value, writer);
    return this;
  }

  /**
   * Writes a nested object when present.
   *
   * @param name the member
   * @param value the value
   * @param writer writes the value's members
   * @param <T> the value type
   * @return this
   */
  public <T> Out optObject(String name, Optional<T> value, BiConsumer<Out, T> writer) {
    value.ifPresent(v -> object(name, v, writer));
    return this;
  }

  /**
   * Writes an array of objects, even when empty.
   *
   * @param name the member
   * @param values the values
   * @param writer writes one value's members
   * @param <T> the value type
   * @return this
   */
  public <T> Out objects(String name, List<T> values, BiConsumer<Out, T> writer) {
    generator.writeName(name);
    generator.writeStartArray();
    for (T value : values) {
      objectValue(value, writer);
    }
    generator.writeEndArray();
    return this;
  }

  /**
   * Writes an array of objects, left out when empty.
   *
   * @param name the member
   * @param values the values
   * @param writer writes one value's members
   * @param <T> the value type
   * @return this
   */
  public <T> Out optObjects(String name, List<T> values, BiConsumer<Out, T> writer) {
    return values.isEmpty() ? this : objects(name, values, writer);
  }

  /**
   * Writes the members every improvement record starts with: {@code id}, {@code title}, {@code
   * owner}, {@code opened}, {@code scope} and {@code reach}.
   *
   * @param record a Kaizen record or an A3
   * @return this
   */
  public Out recordHeader(ImprovementRecord record) {
    return string("id", record.id())
        .string("title", record.title())
        .optString("owner", record.owner())
        .date("opened", record.opened())
        .token("scope", record.scope())
        .optWholeNumber("reach", record.reach());
  }

  /**
   * Writes an object value (not a member) whose members {@code writer} writes.
   *
   * @param value the value
   * @param writer writes the value's members
   * @param <T> the value type
   */
  public <T> void objectValue(T value, BiConsumer<Out, T> writer) {
    generator.writeStartObject();
    writer.accept(this, value);
    generator.writeEndObject();
  }
}
