package dev.kaizen.cli;

import dev.kaizen.Kaizen;
import dev.kaizen.Report;
import dev.kaizen.core.Document;
import dev.kaizen.json.BadInputException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code validate} and {@code score}: read documents of any kind, validate them and, for {@code
 * score}, print the score and the derived values; as text, {@code --json} (one object per FILE) or
 * {@code --ndjson} (one document per input line, one object per output line). {@code --ndjson} wins
 * when both are given: its results are JSON too.
 *
 * <p>With several FILEs each JSON result ends with {@code "file"} (the FILE as given, {@code -} for
 * standard input); with {@code --ndjson} each ends with {@code "line"} (the 1-based input line it
 * answers; blank lines are skipped but counted), after {@code "file"} when both are there.
 */
abstract class DocumentCommand implements Callable<Integer> {
  @Option(
      names = "--json",
      description = "print one JSON object per FILE: {kind, valid, violations, score, derived}")
  boolean json;

  @Option(
      names = "--ndjson",
      description =
          "each FILE holds one document per line; print one JSON result per line, in order,"
              + " in constant memory (blank lines are skipped)")
  boolean ndjson;

  @Parameters(
      paramLabel = "FILE",
      arity = "1..*",
      description = "a JSON document of any kind, or - for standard input")
  List<String> files;

  private final Io io;
  private final boolean score;

  DocumentCommand(Io io, boolean score) {
    this.io = io;
    this.score = score;
  }

  @Override
  public Integer call() {
    boolean several = files.size() > 1;
    int status = KaizenCli.VALID;
    for (String file : files) {
      Optional<String> source = several ? Optional.of(file) : Optional.empty();
      status = Math.max(status, ndjson ? lines(file, source) : document(file, source));
    }
    return status;
  }

  private int document(String file, Optional<String> source) {
    Document document;
    try (InputStream input = io.open(file)) {
      document = io.json.read(input);
    } catch (BadInputException e) {
      if (json) {
        io.out.println(Output.withSource(Output.json(e, e.line()), source, OptionalInt.empty()));
      }
      return io.badInput(file, e, e.line());
    } catch (IOException e) {
      return io.unreadable(file, e, json, source);
    }
    Report report = report(document);
    if (json) {
      io.out.println(Output.withSource(io.json.writeReport(report), source, OptionalInt.empty()));
    } else {
      Output.text(
          io.out,
          Io.name(file),
          document.kind().token(),
          report.validation(),
          report.score(),
          report.derived().map(d -> Output.derived(io.json, d)),
          Output.units(document));
    }
    return report.valid() ? KaizenCli.VALID : KaizenCli.INVALID;
  }

  /** The full report for {@code score}, the violations only for {@code validate}. */
  private Report report(Document document) {
    return score ? Kaizen.report(document) : Kaizen.validationReport(document);
  }

  private int lines(String file, Optional<String> source) {
    int status = KaizenCli.VALID;
    long limit = io.json.limits().maxDocumentLength();
    try (InputStream input = io.open(file);
        BufferedReader reader =
            new BufferedReader(new InputStreamReader(input, StandardCharsets.UTF_8))) {
      BoundedLines lines = new BoundedLines(reader, limit);
      for (String line = lines.next(); line != null; line = lines.next()) {
        // Each result reaches the reader of a pipe as soon as its line is answered, and the
        // output never holds more than one result: a stream in, a stream out.
        io.out.flush();
        int number = lines.number();
        OptionalInt at = OptionalInt.of(number);
        if (lines.tooLong()) {
          BadInputException e =
              new BadInputException(
                  "$",
                  number,
                  1,
                  "the line is longer than the document limit of " + limit + " characters");
          io.out.println(Output.withSource(Output.json(e, number), source, at));
          status = Math.max(status, io.badInput(file, e, number));
          continue;
        }
        if (line.isBlank()) {
          continue;
        }
        try {
          Report report = report(io.json.read(line));
          io.out.println(Output.withSource(io.json.writeReport(report), source, at));
          status = Math.max(status, report.valid() ? KaizenCli.VALID : KaizenCli.INVALID);
        } catch (BadInputException e) {
          io.out.println(Output.withSource(Output.json(e, number), source, at));
          status = Math.max(status, io.badInput(file, e, number));
        }
      }
    } catch (IOException e) {
      return Math.max(status, io.unreadable(file, e, true, source));
    }
    return status;
  }

  /** Reads lines without ever holding more than the document limit of one line in memory. */
  private static final class BoundedLines {
    private final BufferedReader reader;
    private final long limit;
    private int number;
    private boolean tooLong;

    BoundedLines(BufferedReader reader, long limit) {
      this.reader = reader;
      this.limit = limit;
    }

    String next() throws IOException {
      StringBuilder line = new StringBuilder();
      tooLong = false;
      int c = reader.read();
      if (c < 0) {
        return null;
      }
      number++;
      while (c >= 0 && c != '\n') {
        if (!tooLong) {
          if (line.length() >= limit) {
            tooLong = true;
            line.setLength(0);
          } else if (c != '\r') {
            line.append((char) c);
          }
        }
        c = reader.read();
      }
      return line.toString();
    }

    int number() {
      return number;
    }

    boolean tooLong() {
      return tooLong;
    }
  }
}
