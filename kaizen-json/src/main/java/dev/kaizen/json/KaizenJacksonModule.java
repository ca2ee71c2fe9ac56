package dev.kaizen.json;

import dev.kaizen.Report;
import dev.kaizen.core.DerivedValues;
import dev.kaizen.core.Document;
import dev.kaizen.core.DocumentKind;
import dev.kaizen.json.internal.DocumentFormat;
import dev.kaizen.json.internal.Documents;
import dev.kaizen.json.internal.Fields;
import dev.kaizen.json.internal.Node;
import dev.kaizen.json.internal.Out;
import dev.kaizen.json.internal.PackageVersion;
import dev.kaizen.json.internal.Plans;
import dev.kaizen.json.internal.Policies;
import dev.kaizen.json.internal.Results;
import dev.kaizen.json.internal.TreeReader;
import dev.kaizen.portfolio.Allocation;
import dev.kaizen.portfolio.QuarterPlan;
import dev.kaizen.progression.ProgressionCaseDerived;
import dev.kaizen.progression.ProgressionEvaluation;
import dev.kaizen.scoring.Score;
import dev.kaizen.scoring.ScoringPolicy;
import dev.kaizen.validation.ValidationResult;
import dev.kaizen.validation.Violation;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * A Jackson 3 module for users who bring their own {@code ObjectMapper}: it reads and writes every
 * Kaizen document type (and {@link Document} itself, dispatching on {@code kind}) and every result
 * value exactly as {@link KaizenJson} does, with the same strictness. Registered through the
 * service loader, so {@code JsonMapper.builder().findAndAddModules().build()} finds it; or add it
 * by hand with {@code addModule(new KaizenJacksonModule())}.
 *
 * <table>
 *   <caption>What the module reads and writes</caption>
 *   <tr><th>type</th><th>JSON</th><th>read too</th></tr>
 *   <tr><td>{@link Document} and each document type</td><td>DOMAIN.md §3–§7</td><td>yes</td></tr>
 *   <tr><td>{@link Report}</td><td>{@code {kind, valid, violations, score?, derived?}}, as
 *       {@code score --json}</td><td>yes</td></tr>
 *   <tr><td>{@link Score}</td><td>{@code {policy, total, parts: [{name, weight, value}]}}</td>
 *       <td>yes</td></tr>
 *   <tr><td>{@link ValidationResult}</td><td>{@code {valid, violations}}</td><td>yes</td></tr>
 *   <tr><td>{@link Violation}</td><td>{@code {path, code, severity, message}}</td><td>yes</td></tr>
 *   <tr><td>{@link DerivedValues} of every kind</td><td>the {@code derived} member of a report</td>
 *       <td>no (read a report)</td></tr>
 *   <tr><td>{@link ProgressionEvaluation}</td><td>as a progression case's derived values</td>
 *       <td>no</td></tr>
 *   <tr><td>{@link QuarterPlan}</td><td>{@code {quarter, chosen, value, spend, empty}}, as {@code
 *       plan --json}</td><td>no</td></tr>
 *   <tr><td>{@link Allocation}</td><td>{@code {chosen: [items], value, spend, empty, budget,
 *       shares, limits, exact}}, quadrants by position ({@code top-left}, …)</td><td>no</td></tr>
 *   <tr><td>{@link ScoringPolicy}</td><td>{@code {policy, model, weights, thresholds}}</td>
 *       <td>yes</td></tr>
 * </table>
 *
 * <p>Bad input surfaces as a {@link DatabindException} whose message is the {@link
 * BadInputException}'s one line (path, line/column, problem) and whose cause is that exception.
 * Paths are relative to the value's own root.
 */
public final class KaizenJacksonModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  /** Every value type the module writes, with its writer: the one table of result shapes. */
  private static final List<Writer<?>> WRITERS =
      List.of(
          new Writer<>(Document.class, Documents::write),
          new Writer<>(DerivedValues.class, Documents::writeDerived),
          new Writer<>(Report.class, Results::write),
          members(Score.class, Results::writeScore),
          members(ValidationResult.class, Results::writeValidation),
          members(Violation.class, Results::writeViolation),
          new Writer<>(
              ProgressionEvaluation.class,
              (out, e) -> Documents.writeDerived(out, ProgressionCaseDerived.of(e))),
          members(QuarterPlan.class, Plans::writeQuarterPlan),
          members(Allocation.class, Plans::writeAllocation),
          members(ScoringPolicy.class, Policies::write));

  /** Every value type the module reads besides documents, with its reader. */
  private static final List<Reader<?>> READERS =
      List.of(
          new Reader<>(Report.class, "a report", Results::read),
          new Reader<>(Score.class, "a score", Results::readScore),
          new Reader<>(ValidationResult.class, "a validation result", Results::readValidation),
          new Reader<>(Violation.class, "a violation", Results::readViolation),
          new Reader<>(ScoringPolicy.class, "a scoring policy", Policies::read));

  /** Creates the module with the {@linkplain ReadLimits#defaults() default limits}. */
  public KaizenJacksonModule() {
    super("KaizenJacksonModule", PackageVersion.VERSION);
    TreeReader reader = new TreeReader(ReadLimits.defaults());
    addDeserializer(
        Document.class,
        new DocumentDeserializer<>(Document.class, reader, EnumSet.allOf(DocumentKind.class)));
    for (DocumentFormat<?, ?> format : Documents.formats()) {
      register(format, reader);
    }
    for (Writer<?> writer : WRITERS) {
      writer.register(this);
    }
    for (Reader<?> r : READERS) {
      r.register(this, reader);
    }
  }

  /**
   * Returns every value type the module writes; a subtype of one (each document type, each kind's
   * derived values) is written by its entry.
   *
   * @return the types, in the order of the table above
   */
  public static List<Class<?>> writtenTypes() {
    List<Class<?>> types = new ArrayList<>();
    WRITERS.forEach(w -> types.add(w.type));
    return List.copyOf(types);
  }

  /**
   * Returns every value type the module reads besides the documents.
   *
   * @return the types, in the order of the table above
   */
  public static List<Class<?>> readTypes() {
    List<Class<?>> types = new ArrayList<>();
    READERS.forEach(r -> types.add(r.type));
    return List.copyOf(types);
  }

  private <T extends Document> void register(DocumentFormat<T, ?> format, TreeReader reader) {
    addDeserializer(
        format.type(), new DocumentDeserializer<>(format.type(), reader, Set.of(format.kind())));
  }

  private static <T> Writer<T> members(Class<T> type, BiConsumer<Out, T> members) {
    return new Writer<>(type, (out, value) -> out.objectValue(value, members));
  }

  /** A value type and how its whole value is written. */
  private static final class Writer<T> {
    final Class<T> type;
    final BiConsumer<Out, T> write;

    Writer(Class<T> type, BiConsumer<Out, T> write) {
      this.type = type;
      this.write = write;
    }

    void register(SimpleModule module) {
      module.addSerializer(
          type,
          new ValueSerializer<T>() {
            @Override
            public void serialize(T value, JsonGenerator generator, SerializationContext context) {
              write.accept(new Out(generator), value);
            }
          });
    }
  }

  /** A value type and how it is bound from a JSON object. */
  private static final class Reader<T> {
    final Class<T> type;
    final String what;
    final Function<Fields, T> bind;

    Reader(Class<T> type, String what, Function<Fields, T> bind) {
      this.type = type;
      this.what = what;
      this.bind = bind;
    }

    void register(SimpleModule module, TreeReader reader) {
      module.addDeserializer(
          type,
          new ValueDeserializer<T>() {
            @Override
            public T deserialize(JsonParser parser, DeserializationContext context) {
              try {
                Node node = reader.readValueAtCurrentToken(parser);
                return Fields.bind(node, what, bind);
              } catch (BadInputException e) {
                throw DatabindException.from(parser, e.getMessage(), e);
              }
            }
          });
    }
  }

  private static final class DocumentDeserializer<T extends Document> extends ValueDeserializer<T> {
    private final Class<T> type;
    private final TreeReader reader;
    private final Set<DocumentKind> accepted;

    DocumentDeserializer(Class<T> type, TreeReader reader, Set<DocumentKind> accepted) {
      this.type = type;
      this.reader = reader;
      this.accepted = accepted;
    }

    @Override
    public T deserialize(JsonParser parser, DeserializationContext context) {
      try {
        return type.cast(Documents.read(reader.readValueAtCurrentToken(parser), accepted));
      } catch (BadInputException e) {
        throw DatabindException.from(parser, e.getMessage(), e);
      }
    }
  }
}
