package dev.kaizen.cli;

import java.io.BufferedWriter;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The {@code kaizen.jar} command line (DOMAIN.md §9), parsed with picocli: validates, scores, plans
 * and draws any Kaizen document.
 *
 * <pre>
 * java -jar kaizen.jar validate [--json | --ndjson] FILE...  list the violations
 * java -jar kaizen.jar score [--json | --ndjson] FILE...     score, parts and derived values
 * java -jar kaizen.jar plan [--json] FILE...                 plan a portfolio's latest quarter
 * java -jar kaizen.jar render FILE                           the document's SVG picture
 * java -jar kaizen.jar --version | --help | COMMAND --help
 * </pre>
 *
 * <p>FILE may be {@code -} for standard input, and {@code --} ends the options (what follows is a
 * FILE even when it starts with {@code -}). Exit status: 0 valid (warnings allowed), 1 a document
 * has errors, 2 bad input (also a FILE that cannot be read: {@code FILE: cannot read: REASON} on
 * standard error, and the run goes on with the other FILEs), 64 wrong usage (one line {@code
 * kaizen: PROBLEM} and one line pointing to {@code --help} on standard error, nothing on standard
 * output); with several documents, the worst seen.
 *
 * <p>Standard output is one {@link PrintWriter} over a {@link BufferedWriter} in UTF-8, flushed
 * when the run ends; standard error is flushed at every line.
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

  /** The end of every command's help: FILE, {@code --} and the exit statuses. */
  static final String STATUS_FOOTER =
      "%nFILE may be - for standard input; -- ends the options (a FILE after it may start with"
          + " -). Exit status: 0 valid (warnings allowed), 1 a document has errors, 2 bad input,"
          + " 64 wrong usage; with several documents, the worst seen.";

  private static final int HELP_WIDTH = 80;

  private KaizenCli() {}

  /** The command without a subcommand: {@code kaizen --help} and {@code kaizen --version}. */
  @Command(
      name = "kaizen",
      mixinStandardHelpOptions = true,
      versionProvider = Version.class,
      synopsisHeading = "",
      customSynopsis = {
        "usage: java -jar kaizen.jar COMMAND [--json | --ndjson] [--] FILE...",
        "       java -jar kaizen.jar --version | --help | COMMAND --help"
      },
      description =
          "%nValidates, scores, plans and draws Kaizen documents of every kind (kaizen, a3,"
              + " assessment, framework, progression-case, portfolio).",
      commandListHeading = "%ncommands:%n",
      optionListHeading = "%noptions:%n",
      footer = {
        "%nvalidate and score take --json (one JSON object per FILE) and --ndjson (each FILE holds"
            + " one document per line; one JSON result per line); plan and diff take --json. With several"
            + " FILEs each JSON result ends with \"file\"; with --ndjson, with \"line\" (the 1-based"
            + " input line). Run 'kaizen COMMAND --help' for a command's options.",
        STATUS_FOOTER
      })
  static final class Top implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Override
    public Integer call() {
      throw new ParameterException(spec.commandLine(), "no command given");
    }
  }

  /**
   * Runs the command line and exits with its status.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    PrintStream out =
        new PrintStream(new FileOutputStream(FileDescriptor.out), false, StandardCharsets.UTF_8);
    PrintStream err =
        new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
    int status = run(args, System.in, out, err);
    out.flush();
    err.flush();
    System.exit(status);
  }

  /**
   * Runs the command line. Everything printed is flushed to {@code out} and {@code err} before this
   * returns.
   *
   * @param args the arguments
   * @param in standard input
   * @param out standard output
   * @param err standard error
   * @return the exit status
   */
  public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
    PrintWriter stdout = new PrintWriter(new BufferedWriter(writer(out)), false);
    PrintWriter stderr = new PrintWriter(writer(err), true);
    try {
      return commandLine(new Io(in, stdout, stderr)).execute(args);
    } finally {
      stdout.flush();
      stderr.flush();
    }
  }

  private static OutputStreamWriter writer(OutputStream stream) {
    return new OutputStreamWriter(stream, StandardCharsets.UTF_8);
  }

  private static CommandLine commandLine(Io io) {
    CommandLine cli = new CommandLine(new Top());
    cli.addSubcommand(new ValidateCommand(io));
    cli.addSubcommand(new ScoreCommand(io));
    cli.addSubcommand(new PlanCommand(io));
    cli.addSubcommand(new RenderCommand(io));
    cli.addSubcommand(new DiffCommand(io));
    cli.setOut(io.out);
    cli.setErr(io.err);
    // A FILE named @x is a file, not an argument file; --json twice is --json.
    cli.setExpandAtFiles(false);
    cli.setOverwrittenOptionsAllowed(true);
    cli.setParameterExceptionHandler((e, args) -> usage(io, e));
    cli.setExecutionExceptionHandler(
        (e, command, parsed) -> {
          io.err.println("kaizen: internal error, please report it: " + e);
          return INTERNAL_ERROR;
        });
    List<String> sections = new ArrayList<>(cli.getHelpSectionKeys());
    String list = CommandLine.Model.UsageMessageSpec.SECTION_KEY_COMMAND_LIST;
    String listHeading = CommandLine.Model.UsageMessageSpec.SECTION_KEY_COMMAND_LIST_HEADING;
    sections.removeAll(List.of(list, listHeading));
    int options =
        sections.indexOf(CommandLine.Model.UsageMessageSpec.SECTION_KEY_OPTION_LIST_HEADING);
    sections.addAll(options, List.of(listHeading, list));
    cli.setHelpSectionKeys(sections);
    cli.getHelpSectionMap()
        .put(CommandLine.Model.UsageMessageSpec.SECTION_KEY_COMMAND_LIST, help -> commands(cli));
    return cli;
  }

  /** Wrong usage: {@code kaizen: PROBLEM} and where the help is, on standard error. */
  private static int usage(Io io, ParameterException e) {
    CommandLine command = e.getCommandLine();
    CommandSpec spec = command.getCommandSpec();
    boolean top = spec.parent() == null;
    String problem;
    if (top && e instanceof UnmatchedArgumentException) {
      List<String> unmatched = ((UnmatchedArgumentException) e).getUnmatched();
      String first = unmatched.isEmpty() ? "" : unmatched.get(0);
      problem =
          first.startsWith("-")
              ? "unknown option '" + first + "'"
              : "unknown command '"
                  + first
                  + "'; the commands are "
                  + String.join(", ", command.getSubcommands().keySet());
    } else if (e instanceof MissingParameterException) {
      problem = spec.name() + " needs a FILE (or - for standard input)";
    } else {
      String message = String.valueOf(e.getMessage());
      problem =
          message.isEmpty()
              ? message
              : message.substring(0, 1).toLowerCase(Locale.ROOT) + message.substring(1);
      if (!top && !problem.startsWith(spec.name())) {
        problem = spec.name() + ": " + problem;
      }
    }
    io.err.println("kaizen: " + problem);
    io.err.println("kaizen: see 'kaizen " + (top ? "" : spec.name() + " ") + "--help'");
    return USAGE;
  }

  /** The help's list of commands, each with its FILE parameters: {@code render FILE …}. */
  private static String commands(CommandLine cli) {
    Map<String, String> rows = new java.util.LinkedHashMap<>();
    for (Map.Entry<String, CommandLine> e : cli.getSubcommands().entrySet()) {
      CommandSpec spec = e.getValue().getCommandSpec();
      String parameters =
          spec.positionalParameters().stream()
              .map(KaizenCli::label)
              .collect(Collectors.joining(" "));
      String[] description = spec.usageMessage().description();
      rows.put(e.getKey() + " " + parameters, description.length == 0 ? "" : description[0]);
    }
    int width = rows.keySet().stream().mapToInt(String::length).max().orElse(0);
    List<String> lines = new ArrayList<>();
    rows.forEach(
        (name, description) -> {
          // Each description wrapped at the help's width, its next lines under its first.
          StringBuilder line =
              new StringBuilder(String.format(Locale.ROOT, "  %-" + width + "s ", name));
          int start = line.length();
          for (String word : description.split(" ")) {
            if (line.length() + 1 + word.length() > HELP_WIDTH && line.length() > start) {
              lines.add(line.toString());
              line = new StringBuilder(" ".repeat(start));
            }
            line.append(' ').append(word);
          }
          lines.add(line.toString().stripTrailing());
        });
    return String.join(System.lineSeparator(), lines) + System.lineSeparator();
  }

  private static String label(PositionalParamSpec p) {
    if (p.command().name().equals("diff")) {
      return "FRAMEWORK LEVEL LEVEL | FRAMEWORK FRAMEWORK";
    }
    // render takes one FILE; it is declared 1..* only to word its own message for a second one.
    boolean one = p.command().name().equals("render");
    return p.paramLabel() + (p.isMultiValue() && !one ? "..." : "");
  }
}
