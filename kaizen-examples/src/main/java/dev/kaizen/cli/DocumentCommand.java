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
      while (true) {
        // The results written so far reach the reader of a pipe before the run waits for more
        // input; while input is at hand they are written in blocks, not a system call a line.
        if (!lines.ready()) {
          io.out.flush();
        }
        String line = lines.next();
        if (line == null) {
          break;
        }
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

  /**
   * Reads lines without ever holding more than the document limit of one line in memory, through a
   * buffer of its own (a character at a time from the reader costs a call per character).
   */
  private static final class BoundedLines {
    private final java.io.Reader reader;
    private final long limit;
    private final char[] buffer = new char[8192];
    private int position;
    private int end;
    private int number;
    private boolean tooLong;

    BoundedLines(java.io.Reader reader, long limit) {
      this.reader = reader;
      this.limit = limit;
    }

    /** The next line without its line break, or null at the end of the input. */
    String next() throws IOException {
      if (position == end && !fill()) {
        return null;
      }
      number++;
      tooLong = false;
      StringBuilder line = new StringBuilder();
      while (true) {
        int start = position;
        while (position < end && buffer[position] != '\n') {
          position++;
        }
        append(line, start, position);
        if (position < end) {
          position++; // the line break
          break;
        }
        if (!fill()) {
          break;
        }
      }
      int length = line.length();
      if (!tooLong && length > 0 && line.charAt(length - 1) == '\r') {
        line.setLength(--length);
      }
      if (length > limit) {
        tooLong = true;
      }
      return tooLong ? "" : line.toString();
    }

    private void append(StringBuilder line, int from, int to) {
      if (tooLong) {
        return;
      }
      int count = to - from;
      // A carriage return before the line break is not part of the line, so allow one more.
      if (line.length() + count > limit + 1) {
        tooLong = true;
        line.setLength(0);
      } else {
        line.append(buffer, from, count);
      }
    }

    private boolean fill() throws IOException {
      int n = reader.read(buffer, 0, buffer.length);
      if (n <= 0) {
        position = end = 0;
        return false;
      }
      position = 0;
      end = n;
      return true;
    }

    /** Tells whether more input can be read without waiting. */
    boolean ready() throws IOException {
      return position < end || reader.ready();
    }

    int number() {
      return number;
    }

    boolean tooLong() {
      return tooLong;
    }
  }
}
