package dev.kaizen.cli;

import dev.kaizen.Kaizen;
import dev.kaizen.Report;
import dev.kaizen.core.Document;
import dev.kaizen.json.BadInputException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
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
    long limit = io.json.limits().maxDocumentLength();
    LineResults results = new LineResults(file, source);
    try (InputStream input = io.open(file);
        // BoundedLines reads in blocks of its own: no BufferedReader in between
        Reader reader = new InputStreamReader(input, StandardCharsets.UTF_8)) {
      BoundedLines lines = new BoundedLines(reader, limit);
      while (true) {
        // The results so far reach the reader of a pipe before the run waits for more input;
        // while input is at hand they are written in blocks, not a system call a line.
        if (!lines.ready()) {
          results.drain();
          io.out.flush();
        }
        String line = lines.next();
        if (line == null) {
          break;
        }
        int number = lines.number();
        if (lines.tooLong()) {
          results.add(
              number,
              0,
              CompletableFuture.completedFuture(
                  LineResult.bad(
                      new BadInputException(
                          "$",
                          number,
                          1,
                          "the line is longer than the document limit of " + limit + " characters"),
                      number)));
        } else if (!line.isBlank()) {
          results.add(number, line.length(), results.answer(number, line));
        }
      }
      results.drain();
      return results.status();
    } catch (IOException e) {
      // what was read before the failure is answered first, as it would be line by line
      results.drain();
      return Math.max(results.status(), io.unreadable(file, e, true, source));
    } finally {
      results.close();
    }
  }

  /** What one input line gives: its JSON result line and exit status, or its bad input. */
  private static final class LineResult {
    final String json;
    final int status;
    final Optional<BadInputException> bad;

    private LineResult(String json, int status, Optional<BadInputException> bad) {
      this.json = json;
      this.status = status;
      this.bad = bad;
    }

    static LineResult bad(BadInputException e, int number) {
      return new LineResult(Output.json(e, number), KaizenCli.BAD_INPUT, Optional.of(e));
    }
  }

  /**
   * The lines being answered, in input order: each is read, validated, scored and written as JSON
   * on a worker thread (one per processor, when there are several), and printed here in order. At
   * most a few lines per worker, and about a million characters, are in flight at once (any single
   * line up to the document limit), so memory stays constant however long the input.
   */
  private final class LineResults implements AutoCloseable {
    private static final long MAX_CHARACTERS_IN_FLIGHT = 1_000_000;

    private final String file;
    private final Optional<String> source;
    private final int workers = Runtime.getRuntime().availableProcessors();
    private final ExecutorService pool;
    private final ArrayDeque<Pending> pending = new ArrayDeque<>();
    private long characters;
    private int status = KaizenCli.VALID;

    LineResults(String file, Optional<String> source) {
      this.file = file;
      this.source = source;
      this.pool =
          workers < 2
              ? null
              : Executors.newFixedThreadPool(
                  workers,
                  task -> {
                    Thread thread = new Thread(task, "kaizen-ndjson");
                    thread.setDaemon(true);
                    return thread;
                  });
    }

    /** Answers {@code line}: at once without workers, else on a worker. */
    CompletableFuture<LineResult> answer(int number, String line) {
      if (pool == null) {
        return CompletableFuture.completedFuture(answerNow(number, line));
      }
      return CompletableFuture.supplyAsync(() -> answerNow(number, line), pool);
    }

    private LineResult answerNow(int number, String line) {
      try {
        Report report = report(io.json.read(line));
        return new LineResult(
            io.json.writeReport(report),
            report.valid() ? KaizenCli.VALID : KaizenCli.INVALID,
            Optional.empty());
      } catch (BadInputException e) {
        return LineResult.bad(e, number);
      }
    }

    /** Queues the answer to line {@code number}, printing the oldest ones first if too many. */
    void add(int number, int length, CompletableFuture<LineResult> answer) {
      while (!pending.isEmpty()
          && (pending.size() >= 4 * workers || characters + length > MAX_CHARACTERS_IN_FLIGHT)) {
        printOldest();
      }
      pending.add(new Pending(number, length, answer));
      characters += length;
    }

    /** Prints every queued answer, in order. */
    void drain() {
      while (!pending.isEmpty()) {
        printOldest();
      }
    }

    private void printOldest() {
      Pending oldest = pending.remove();
      characters -= oldest.length;
      LineResult result;
      try {
        result = oldest.answer.join();
      } catch (CompletionException e) {
        // a worker's failure is the command's, as it would be on this thread
        Throwable cause = e.getCause();
        if (cause instanceof RuntimeException) {
          throw (RuntimeException) cause;
        }
        if (cause instanceof Error) {
          throw (Error) cause;
        }
        throw e;
      }
      Output.printWithSource(io.out, result.json, source, OptionalInt.of(oldest.number));
      status = Math.max(status, result.status);
      if (result.bad.isPresent()) {
        io.badInput(file, result.bad.get(), oldest.number);
      }
    }

    int status() {
      return status;
    }

    @Override
    public void close() {
      if (pool != null) {
        pool.shutdownNow();
      }
    }
  }

  /** A line being answered. */
  private static final class Pending {
    final int number;
    final int length;
    final CompletableFuture<LineResult> answer;

    Pending(int number, int length, CompletableFuture<LineResult> answer) {
      this.number = number;
      this.length = length;
      this.answer = answer;
    }
  }

  /**
   * Reads lines without ever holding more than the document limit of one line in memory, through a
   * buffer of its own (a character at a time from the reader costs a call per character).
   */
  private static final class BoundedLines {
    private final Reader reader;
    private final long limit;
    private final char[] buffer = new char[8192];
    private int position;
    private int end;
    private int number;
    private boolean tooLong;

    BoundedLines(Reader reader, long limit) {
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
      int first = position;
      while (position < end && buffer[position] != '\n') {
        position++;
      }
      if (position < end) {
        // the whole line is in the buffer (the usual case): one copy, straight into the string
        int length = position - first;
        position++; // the line break
        if (length > 0 && buffer[first + length - 1] == '\r') {
          length--;
        }
        if (length > limit) {
          tooLong = true;
          return "";
        }
        return new String(buffer, first, length);
      }
      StringBuilder line = new StringBuilder(Math.max(16, 2 * (position - first)));
      position = first;
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
