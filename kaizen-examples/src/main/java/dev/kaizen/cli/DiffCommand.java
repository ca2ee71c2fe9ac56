package dev.kaizen.cli;

import dev.kaizen.Kaizen;
import dev.kaizen.json.BadInputException;
import dev.kaizen.progression.CriterionChange;
import dev.kaizen.progression.ElementChange;
import dev.kaizen.progression.Framework;
import dev.kaizen.progression.FrameworkDiff;
import dev.kaizen.progression.FrameworkLevel;
import dev.kaizen.progression.LevelDiff;
import dev.kaizen.validation.ValidationResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code kaizen diff [--json] FRAMEWORK LEVEL LEVEL} and {@code kaizen diff [--json] FRAMEWORK
 * FRAMEWORK} (DOMAIN.md §6.2, §9): what separates two levels of one framework, or what changed
 * between two editions of a framework.
 *
 * <p>With three arguments the first is a framework file and the others are level ids of it; with
 * two, both are framework files (older first). A file that is not a framework is bad input (status
 * 2); a level id the framework lacks is wrong usage (status 64, the message lists its levels). The
 * frameworks are validated too: violations go to standard error and errors make the status 1, but
 * the diff is still printed.
 */
@Command(
    name = "diff",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    synopsisHeading = "usage: ",
    customSynopsis = {
      "usage: java -jar kaizen.jar diff [--json] [--] FRAMEWORK LEVEL LEVEL",
      "       java -jar kaizen.jar diff [--json] [--] FRAMEWORK FRAMEWORK"
    },
    description =
        "what separates two levels of a framework (each criterion from -> to, per track for"
            + " milestones), or what changed between two editions of a framework (tracks and"
            + " levels added, removed and changed); violations go to standard error",
    footer = KaizenCli.STATUS_FOOTER)
final class DiffCommand implements Callable<Integer> {
  @Option(
      names = "--json",
      description =
          "print the diff as one JSON object: {kind: level-diff, framework, from, to, criteria}"
              + " or {kind: framework-diff, framework, from, to, changes, tracks, levels}")
  boolean json;

  @Parameters(
      paramLabel = "ARG",
      arity = "2..3",
      description = "FRAMEWORK LEVEL LEVEL, or FRAMEWORK FRAMEWORK (- for standard input)")
  List<String> args;

  private final Io io;

  DiffCommand(Io io) {
    this.io = io;
  }

  @Override
  public Integer call() {
    Optional<Framework> first = read(args.get(0));
    if (first.isEmpty()) {
      return KaizenCli.BAD_INPUT;
    }
    int status = validate(args.get(0), first.get());
    if (args.size() == 3) {
      for (String id : args.subList(1, 3)) {
        if (first.get().level(id).isEmpty()) {
          io.err.println(
              "kaizen: diff: "
                  + Io.name(args.get(0))
                  + " has no level \""
                  + id
                  + "\"; its levels are "
                  + first.get().levels().stream()
                      .map(FrameworkLevel::id)
                      .collect(Collectors.joining(", ")));
          return KaizenCli.USAGE;
        }
      }
      LevelDiff diff = LevelDiff.between(first.get(), args.get(1), args.get(2));
      if (json) {
        io.out.println(io.json.writeDiff(diff));
      } else {
        io.out.println(
            Io.name(args.get(0))
                + ": "
                + diff.framework()
                + ", "
                + diff.fromLevel()
                + " -> "
                + diff.toLevel());
        if (diff.criteria().isEmpty()) {
          io.out.println("  neither level states a criterion");
        }
        for (CriterionChange c : diff.criteria()) {
          io.out.println("  " + line(c) + (c.changed() ? "" : " (same)"));
        }
      }
      return status;
    }
    if (args.get(1).equals("-") && args.get(0).equals("-")) {
      io.err.println("kaizen: diff: only one FRAMEWORK can be read from standard input");
      return KaizenCli.USAGE;
    }
    Optional<Framework> second = read(args.get(1));
    if (second.isEmpty()) {
      return KaizenCli.BAD_INPUT;
    }
    status = Math.max(status, validate(args.get(1), second.get()));
    FrameworkDiff diff = FrameworkDiff.between(first.get(), second.get());
    if (json) {
      io.out.println(io.json.writeDiff(diff));
      return status;
    }
    io.out.println(
        diff.framework()
            + ": "
            + diff.fromRevision().orElse(Io.name(args.get(0)))
            + " -> "
            + diff.toRevision().orElse(Io.name(args.get(1))));
    if (diff.isEmpty()) {
      io.out.println("  no change");
    }
    diff.changes().forEach(c -> io.out.println("  " + line(c)));
    elements("track", diff.tracksAdded(), diff.tracksRemoved(), diff.tracksChanged());
    elements("level", diff.levelsAdded(), diff.levelsRemoved(), diff.levelsChanged());
    return status;
  }

  private void elements(
      String what, List<String> added, List<String> removed, List<ElementChange> changed) {
    if (!added.isEmpty()) {
      io.out.println("  " + what + "s added: " + String.join(", ", added));
    }
    if (!removed.isEmpty()) {
      io.out.println("  " + what + "s removed: " + String.join(", ", removed));
    }
    for (ElementChange element : changed) {
      io.out.println("  " + what + " " + element.id() + " changed:");
      element.changes().forEach(c -> io.out.println("    " + line(c)));
    }
  }

  private static String line(CriterionChange change) {
    return change.name() + ": " + text(change.before()) + " -> " + text(change.after());
  }

  private static String text(Optional<Object> value) {
    return value.map(DiffCommand::text).orElse("(not stated)");
  }

  private static String text(Object value) {
    if (value instanceof Double) {
      return Output.number((Double) value);
    }
    if (value instanceof dev.kaizen.core.Tokenized) {
      return ((dev.kaizen.core.Tokenized) value).token();
    }
    if (value instanceof List<?>) {
      return ((List<?>) value).stream().map(DiffCommand::text).toList().toString();
    }
    return String.valueOf(value);
  }

  private Optional<Framework> read(String file) {
    try (InputStream input = io.open(file)) {
      return Optional.of(
          io.json.read(new InputStreamReader(input, StandardCharsets.UTF_8), Framework.class));
    } catch (BadInputException e) {
      io.badInput(file, e, e.line());
      return Optional.empty();
    } catch (IOException e) {
      io.unreadable(file, e, false, Optional.empty());
      return Optional.empty();
    }
  }

  private int validate(String file, Framework framework) {
    ValidationResult validation = Kaizen.validate(framework);
    if (!validation.violations().isEmpty()) {
      Output.text(
          io.err,
          Io.name(file),
          framework.kind().token(),
          validation,
          Optional.empty(),
          Optional.empty(),
          Map.of());
    }
    return validation.isValid() ? KaizenCli.VALID : KaizenCli.INVALID;
  }
}
