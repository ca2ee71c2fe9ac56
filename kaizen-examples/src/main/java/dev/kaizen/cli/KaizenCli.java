package dev.kaizen.cli;

import dev.kaizen.Kaizen;
import dev.kaizen.core.DerivedValues;
import dev.kaizen.core.Document;
import dev.kaizen.json.BadInputException;
import dev.kaizen.json.KaizenJson;
import dev.kaizen.portfolio.Allocation;
import dev.kaizen.portfolio.Portfolio;
import dev.kaizen.portfolio.PortfolioPlanner;
import dev.kaizen.portfolio.PortfolioQuarter;
import dev.kaizen.scoring.Score;
import dev.kaizen.validation.ValidationResult;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The {@code kaizen.jar} command line (DOMAIN.md §9): validates and scores any Kaizen document.
 *
 * <pre>
 * java -jar kaizen.jar validate FILE...          list the violations
 * java -jar kaizen.jar score FILE...             validate, then print score, parts and derived values
 * java -jar kaizen.jar score --json FILE         the same as one JSON object
 * java -jar kaizen.jar score --ndjson FILE       one document per line in, one JSON result per line out
 * java -jar kaizen.jar plan [--json] FILE...      plan a portfolio's latest quarter from its candidates
 * java -jar kaizen.jar render FILE               write the document's SVG picture to standard output
 * </pre>
 *
 * <p>{@code plan} reads portfolios only (another kind is bad input, status 2). It validates too:
 * violations go to standard error, and errors make the status 1, but the plan is still made (an
 * overspent past quarter should not stop the next one being planned), unless two candidates of the
 * planned quarter share an id. A portfolio without quarters cannot be planned (status 1). Otherwise
 * the planner runs on the latest quarter's candidates (a candidate without a value is worth 0) with
 * that quarter's budget and plan shares, and the status is 0, also when there are no candidates
 * (then every quadrant is empty). {@code --ndjson} does not apply to {@code plan}.
 *
 * <p>FILE may be {@code -} for standard input. Exit status: 0 valid (warnings allowed), 1 a
 * document has errors, 2 bad input, 64 wrong usage; with several documents, the worst seen.
 */
public final class KaizenCli {
  /** Every document is valid (warnings allowed). */
  public static final int VALID = 0;

  /** Some document has errors. */
  public static final int INVALID = 1;

  /** Some input could not be read as a document. */
  public static final int BAD_INPUT = 2;

  /** The command line itself is wrong. */
  public static final int USAGE = 64;

  /** A fault of this program, never of the input (please report it). */
  public static final int INTERNAL_ERROR = 70;

  static final String USAGE_TEXT =
      String.join(
          System.lineSeparator(),
          "usage: java -jar kaizen.jar COMMAND [--json | --ndjson] FILE...",
          "",
          "commands:",
          "  validate FILE...  list the violations of each document",
          "  score FILE...     validate, then print the score, its parts and the derived values",
          "  plan FILE...      plan a portfolio's latest quarter: the candidates of greatest value within",
          "                    each quadrant's share of the budget",
          "  render FILE       write the document's picture as SVG to standard output",
          "",
          "options:",
          "  --json            print one JSON object per document",
          "  --ndjson          each FILE holds one document per line; print one JSON result per line",
          "  --help            print this help",
          "",
          "FILE may be - for standard input.",
          "exit status: 0 valid (warnings allowed), 1 a document has errors, 2 bad input, 64 wrong usage");

  private final KaizenJson json = KaizenJson.defaults();
  private final InputStream in;
  private final PrintStream out;
  private final PrintStream err;

  private KaizenCli(InputStream in, PrintStream out, PrintStream err) {
    this.in = in;
    this.out = out;
    this.err = err;
  }

  /**
   * Runs the command line and exits with its status.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    PrintStream out =
        new PrintStream(
            new java.io.FileOutputStream(java.io.FileDescriptor.out),
            false,
            StandardCharsets.UTF_8);
    int status = run(args, System.in, out, System.err);
    out.flush();
    System.exit(status);
  }

  /**
   * Runs the command line.
   *
   * @param args the arguments
   * @param in standard input
   * @param out standard output
   * @param err standard error
   * @return the exit status
   */
  public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
    KaizenCli cli = new KaizenCli(in, out, err);
    try {
      return cli.dispatch(args);
    } catch (RuntimeException e) {
      err.println("kaizen: internal error, please report it: " + e);
      return INTERNAL_ERROR;
    } finally {
      out.flush();
    }
  }

  private enum Format {
    TEXT,
    JSON,
    NDJSON
  }

  private int dispatch(String[] args) {
    String command = null;
    Format format = Format.TEXT;
    List<String> files = new ArrayList<>();
    for (String arg : args) {
      if (arg.equals("--help") || arg.equals("-h")) {
        out.println(USAGE_TEXT);
        return VALID;
      } else if (arg.equals("--json")) {
        format = format == Format.NDJSON ? Format.NDJSON : Format.JSON;
      } else if (arg.equals("--ndjson")) {
        format = Format.NDJSON;
      } else if (arg.startsWith("--")) {
        return usage("unknown option " + arg);
      } else if (command == null) {
        command = arg;
      } else {
        files.add(arg);
      }
    }
    if (command == null) {
      return usage("no command given");
    }
    if (command.equals("render")) {
      return format != Format.TEXT || files.size() != 1
          ? usage(
              "render draws one FILE (or - for standard input); --json and --ndjson do not apply")
          : new RenderCommand(json, in, out, err).render(files.get(0));
    }
    if (!command.equals("validate") && !command.equals("score") && !command.equals("plan")) {
      return usage("unknown command " + command);
    }
    if (files.isEmpty()) {
      return usage(command + " needs a FILE (or - for standard input)");
    }
    if (command.equals("plan")) {
      if (format == Format.NDJSON) {
        return usage("plan reads one portfolio per FILE; --ndjson does not apply to it");
      }
      int status = VALID;
      for (String file : files) {
        status = Math.max(status, plan(file, format == Format.JSON));
      }
      return status;
    }
    boolean score = command.equals("score");
    int status = VALID;
    for (String file : files) {
      status =
          Math.max(
              status, format == Format.NDJSON ? lines(file, score) : document(file, score, format));
    }
    return status;
  }

  private int usage(String problem) {
    err.println("kaizen: " + problem);
    err.println(USAGE_TEXT);
    return USAGE;
  }

  private int document(String file, boolean score, Format format) {
    Document document;
    try (InputStream input = open(file)) {
      document = json.read(input);
    } catch (BadInputException e) {
      if (format == Format.JSON) {
        out.println(Output.json(e, e.line()));
      } else {
        err.println(name(file) + ": bad input at " + e.getMessage());
      }
      return BAD_INPUT;
    } catch (IOException e) {
      return unreadable(file, e, format);
    }
    ValidationResult validation = Kaizen.validate(document);
    Optional<Score> result = score ? Optional.of(Kaizen.score(document)) : Optional.empty();
    Optional<DerivedValues> derived =
        score ? Optional.of(Kaizen.derive(document)) : Optional.empty();
    if (format == Format.JSON) {
      out.println(json.writeResult(document.kind(), validation, result, derived));
    } else {
      Output.text(
          out,
          name(file),
          document.kind().token(),
          validation,
          result,
          derived.map(d -> Output.derived(json, d)));
    }
    return validation.isValid() ? VALID : INVALID;
  }

  private int plan(String file, boolean asJson) {
    Portfolio portfolio;
    try (InputStream input = open(file)) {
      portfolio = json.read(new InputStreamReader(input, StandardCharsets.UTF_8), Portfolio.class);
    } catch (BadInputException e) {
      if (asJson) {
        out.println(Output.json(e, e.line()));
      } else {
        err.println(name(file) + ": bad input at " + e.getMessage());
      }
      return BAD_INPUT;
    } catch (IOException e) {
      return unreadable(file, e, asJson ? Format.JSON : Format.TEXT);
    }
    ValidationResult validation = Kaizen.validate(portfolio);
    if (!validation.violations().isEmpty()) {
      // Standard output holds the plan alone (exactly DOMAIN.md's object with --json).
      Output.text(
          err,
          name(file),
          portfolio.kind().token(),
          validation,
          Optional.empty(),
          Optional.empty());
    }
    Optional<PortfolioQuarter> latest = portfolio.latestQuarter();
    if (latest.isEmpty()) {
      err.println(
          name(file)
              + ": nothing to plan: the portfolio has no quarter; add one with a budget, a plan and candidates");
      return INVALID;
    }
    java.util.Set<String> ids = new java.util.HashSet<>();
    for (dev.kaizen.portfolio.Item candidate : latest.get().candidates()) {
      if (!ids.add(candidate.id())) {
        err.println(
            name(file)
                + ": not planned: two candidates of "
                + latest.get().quarter()
                + " share the id \""
                + candidate.id()
                + "\"; give each candidate its own id");
        return INVALID;
      }
    }
    Allocation allocation = PortfolioPlanner.plan(latest.get());
    if (asJson) {
      out.println(Output.plan(portfolio, latest.get(), allocation));
    } else {
      Output.plan(out, name(file), portfolio, latest.get(), allocation);
    }
    return validation.isValid() ? VALID : INVALID;
  }

  private int lines(String file, boolean score) {
    int status = VALID;
    try (InputStream input = open(file);
        BufferedReader reader =
            new BufferedReader(new InputStreamReader(input, StandardCharsets.UTF_8))) {
      BoundedLines lines = new BoundedLines(reader, json.limits().maxDocumentLength());
      for (String line = lines.next(); line != null; line = lines.next()) {
        int number = lines.number();
        if (lines.tooLong()) {
          out.println(
              Output.json(
                  new BadInputException(
                      "$",
                      number,
                      1,
                      "the line is longer than the document limit of "
                          + json.limits().maxDocumentLength()
                          + " characters"),
                  number));
          status = Math.max(status, BAD_INPUT);
          continue;
        }
        if (line.isBlank()) {
          continue;
        }
        try {
          Document document = json.read(line);
          ValidationResult validation = Kaizen.validate(document);
          out.println(
              json.writeResult(
                  document.kind(),
                  validation,
                  score ? Optional.of(Kaizen.score(document)) : Optional.empty(),
                  score ? Optional.of(Kaizen.derive(document)) : Optional.empty()));
          status = Math.max(status, validation.isValid() ? VALID : INVALID);
        } catch (BadInputException e) {
          out.println(Output.json(e, number));
          status = Math.max(status, BAD_INPUT);
        }
      }
    } catch (IOException e) {
      return Math.max(status, unreadable(file, e, Format.NDJSON));
    }
    return status;
  }

  private int unreadable(String file, IOException e, Format format) {
    String problem =
        e instanceof NoSuchFileException ? "no such file" : String.valueOf(e.getMessage());
    if (format == Format.TEXT) {
      err.println(name(file) + ": cannot read: " + problem);
    } else {
      out.println(
          Output.json(
              new BadInputException("$", 0, 0, "cannot read " + name(file) + ": " + problem), 0));
    }
    return BAD_INPUT;
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

  private static String name(String file) {
    return file.equals("-") ? "<stdin>" : file;
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
