package dev.kaizen.cli;

import dev.kaizen.Kaizen;
import dev.kaizen.core.Document;
import dev.kaizen.json.BadInputException;
import dev.kaizen.json.KaizenJson;
import dev.kaizen.svg.Pictures;
import dev.kaizen.validation.ValidationResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * {@code kaizen render FILE}: writes the SVG picture of one document (DOMAIN.md §11) to standard
 * output.
 *
 * <p>FILE may be {@code -} for standard input. The picture is drawn also for a document with rule
 * violations: it shows the document as it is. Exit status: 0 when the document is valid (warnings
 * allowed), 1 when it has errors (the picture is still written, and standard error says how many
 * errors and that {@code validate} lists them), 2 for bad input or a file that cannot be read (one
 * line on standard error, nothing on standard output).
 */
final class RenderCommand {
  private final KaizenJson json;
  private final InputStream in;
  private final PrintStream out;
  private final PrintStream err;

  RenderCommand(KaizenJson json, InputStream in, PrintStream out, PrintStream err) {
    this.json = json;
    this.in = in;
    this.out = out;
    this.err = err;
  }

  /** Renders {@code file} and returns the exit status. */
  int render(String file) {
    String name = file.equals("-") ? "<stdin>" : file;
    Document document;
    try (InputStream input = open(file)) {
      document = json.read(input);
    } catch (BadInputException e) {
      err.println(name + ": bad input at " + e.getMessage());
      return KaizenCli.BAD_INPUT;
    } catch (IOException e) {
      String problem =
          e instanceof NoSuchFileException ? "no such file" : String.valueOf(e.getMessage());
      err.println(name + ": cannot read: " + problem);
      return KaizenCli.BAD_INPUT;
    }
    out.print(Pictures.svg(document));
    out.flush();
    ValidationResult validation = Kaizen.validate(document);
    if (validation.isValid()) {
      return KaizenCli.VALID;
    }
    int errors = validation.errors().size();
    err.println(
        name
            + ": drawn, but the document has "
            + errors
            + (errors == 1 ? " error" : " errors")
            + "; run validate to list them");
    return KaizenCli.INVALID;
  }

  private InputStream open(String file) throws IOException {
    if (file.equals("-")) {
      return new java.io.FilterInputStream(in) {
        @Override
        public void close() {
          // standard input stays open
        }
      };
    }
    Path path = Path.of(file);
    if (Files.isDirectory(path)) {
      throw new IOException("is a directory");
    }
    return Files.newInputStream(path);
  }
}
