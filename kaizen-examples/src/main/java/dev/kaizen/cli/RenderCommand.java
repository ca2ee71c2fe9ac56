package dev.kaizen.cli;

import dev.kaizen.Kaizen;
import dev.kaizen.core.Document;
import dev.kaizen.json.BadInputException;
import dev.kaizen.svg.Pictures;
import dev.kaizen.validation.ValidationResult;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code kaizen render FILE}: writes the SVG picture of one document (DOMAIN.md §11) to standard
 * output.
 *
 * <p>FILE may be {@code -} for standard input. The picture is drawn also for a document with rule
 * violations: it shows the document as it is. Exit status: 0 when the document is valid (warnings
 * allowed), 1 when it has errors (the picture is still written, and standard error says how many
 * errors and that {@code validate} lists them), 2 for bad input or a file that cannot be read (one
 * line on standard error, nothing on standard output). More than one FILE is wrong usage (one
 * picture is one SVG document), and so are {@code --json} and {@code --ndjson}.
 */
@Command(
    name = "render",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    synopsisHeading = "usage: ",
    description = "write the document's picture as SVG to standard output",
    footer = KaizenCli.STATUS_FOOTER)
final class RenderCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  // Declared 1..* so that a second FILE gets this command's own message rather than picocli's.
  @Parameters(
      paramLabel = "FILE",
      arity = "1..*",
      description = "one document of any kind, or - for standard input")
  List<String> files;

  private final Io io;

  RenderCommand(Io io) {
    this.io = io;
  }

  @Override
  public Integer call() {
    if (files.size() != 1) {
      throw new ParameterException(
          spec.commandLine(),
          "render draws one FILE (or - for standard input), not " + files.size());
    }
    return render(files.get(0));
  }

  private int render(String file) {
    String name = Io.name(file);
    Document document;
    try (InputStream input = io.open(file)) {
      document = io.json.read(input);
    } catch (BadInputException e) {
      return io.badInput(file, e, e.line());
    } catch (IOException e) {
      return io.unreadable(file, e, false, java.util.Optional.empty());
    }
    io.out.print(Pictures.svg(document));
    ValidationResult validation = Kaizen.validate(document);
    if (validation.isValid()) {
      return KaizenCli.VALID;
    }
    int errors = validation.errors().size();
    io.err.println(
        name
            + ": drawn, but the document has "
            + errors
            + (errors == 1 ? " error" : " errors")
            + "; run validate to list them");
    return KaizenCli.INVALID;
  }
}
