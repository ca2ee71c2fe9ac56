package dev.kaizen.json;

import dev.kaizen.core.Document;
import dev.kaizen.core.DocumentKind;
import dev.kaizen.json.internal.DocumentFormat;
import dev.kaizen.json.internal.Documents;
import dev.kaizen.json.internal.Out;
import dev.kaizen.json.internal.PackageVersion;
import dev.kaizen.json.internal.TreeReader;
import java.util.Set;
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
 * Kaizen document type (and {@link Document} itself, dispatching on {@code kind}) exactly as {@link
 * KaizenJson} does, with the same strictness. Registered through the service loader, so {@code
 * JsonMapper.builder().findAndAddModules().build()} finds it; or add it by hand with {@code
 * addModule(new KaizenJacksonModule())}.
 *
 * <p>Bad input surfaces as a {@link DatabindException} whose message is the {@link
 * BadInputException}'s one line (path, line/column, problem) and whose cause is that exception.
 * Paths are relative to the document's own root.
 */
public final class KaizenJacksonModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  /** Creates the module with the {@linkplain ReadLimits#defaults() default limits}. */
  public KaizenJacksonModule() {
    super("KaizenJacksonModule", PackageVersion.VERSION);
    TreeReader reader = new TreeReader(ReadLimits.defaults());
    addDeserializer(
        Document.class,
        new DocumentDeserializer<>(
            Document.class, reader, Set.copyOf(java.util.EnumSet.allOf(DocumentKind.class))));
    addSerializer(Document.class, new DocumentSerializer());
    for (DocumentFormat<?, ?> format : Documents.formats()) {
      register(format, reader);
    }
  }

  private <T extends Document> void register(DocumentFormat<T, ?> format, TreeReader reader) {
    addDeserializer(
        format.type(), new DocumentDeserializer<>(format.type(), reader, Set.of(format.kind())));
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

  private static final class DocumentSerializer extends ValueSerializer<Document> {
    @Override
    public void serialize(Document value, JsonGenerator generator, SerializationContext context) {
      Documents.write(new Out(generator), value);
    }
  }
}
