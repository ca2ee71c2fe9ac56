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
import java.util.ArrayList;
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
          results.addAnswered(
              number,
              LineResult.bad(
                  new BadInputException(
                      "$",
                      number,
                      1,
                      "the line is longer than the document limit of " + limit + " characters"),
                  number));
        } else if (!line.isBlank()) {
          results.addLine(number, line);
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
   * The lines being answered, in input order: lines are gathered into batches, each batch is read,
   * validated, scored and written as JSON on a worker thread (one per processor, when there are
   * several), and the results are printed here in order. Batches keep the hand-over between threads
   * rare; at most two batches per worker and about a million characters are in flight at once (any
   * single line up to the document limit), so memory stays constant however long the input.
   */
  private final class LineResults {
    private static final long MAX_CHARACTERS_IN_FLIGHT = 1_000_000;
    private static final int BATCH_LINES = 32;
    private static final long BATCH_CHARACTERS = 64_000;

    private final String file;
    private final Optional<String> source;
    private final int workers = Runtime.getRuntime().availableProcessors();
    private final ExecutorService pool;
    private final ArrayDeque<Batch> pending = new ArrayDeque<>();
    private Batch open = new Batch();
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

    /** Queues line {@code number} to be answered. */
    void addLine(int number, String line) {
      open.add(number, line, null);
      if (open.size() >= BATCH_LINES || open.characters >= BATCH_CHARACTERS) {
        submit();
      }
    }

    /** Queues the answer to line {@code number}, known already (a line past the limit). */
    void addAnswered(int number, LineResult result) {
      open.add(number, null, result);
    }

    /** Prints every queued answer, in order. */
    void drain() {
      submit();
      while (!pending.isEmpty()) {
        printOldest();
      }
    }

    private void submit() {
      if (open.size() == 0) {
        return;
      }
      Batch batch = open;
      open = new Batch();
      while (!pending.isEmpty()
          && (pending.size() >= 2 * workers
              || characters + batch.characters > MAX_CHARACTERS_IN_FLIGHT)) {
        printOldest();
      }
      batch.answers =
          pool == null
              ? CompletableFuture.completedFuture(answer(batch))
              : CompletableFuture.supplyAsync(() -> answer(batch), pool);
      pending.add(batch);
      characters += batch.characters;
    }

    private LineResult[] answer(Batch batch) {
      LineResult[] results = new LineResult[batch.size()];
      for (int i = 0; i < results.length; i++) {
        results[i] =
            batch.lines.get(i) == null
                ? batch.known.get(i)
                : answerNow(batch.numbers.get(i), batch.lines.get(i));
      }
      return results;
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

    private void printOldest() {
      Batch oldest = pending.remove();
      characters -= oldest.characters;
      LineResult[] results;
      try {
        results = oldest.answers.join();
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
      for (int i = 0; i < results.length; i++) {
        int number = oldest.numbers.get(i);
        Output.printWithSource(io.out, results[i].json, source, OptionalInt.of(number));
        status = Math.max(status, results[i].status);
        if (results[i].bad.isPresent()) {
          io.badInput(file, results[i].bad.get(), number);
        }
      }
    }

    int status() {
      return status;
    }

    void close() {
      if (pool != null) {
        pool.shutdownNow();
      }
    }
  }

  /**
   * Lines answered together: each entry is a line to answer, or (its line null) an answer known
   * already, in input order.
   */
  private static final class Batch {
    final List<Integer> numbers = new ArrayList<>(32);
    final List<String> lines = new ArrayList<>(32);
    final List<LineResult> known = new ArrayList<>(32);
    long characters;
    CompletableFuture<LineResult[]> answers;

    void add(int number, String line, LineResult result) {
      numbers.add(number);
      lines.add(line);
      known.add(result);
      characters += line == null ? 0 : line.length();
    }

    int size() {
      return numbers.size();
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
