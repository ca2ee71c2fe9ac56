package dev.kaizen.cli;

import picocli.CommandLine.Command;

/** {@code kaizen score FILE...}: validates, then prints the score, its parts and derived values. */
@Command(
    name = "score",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    synopsisHeading = "usage: ",
    description = "validate, then print the score, its parts and the derived values",
    footer = KaizenCli.STATUS_FOOTER)
final class ScoreCommand extends DocumentCommand {
  ScoreCommand(Io io) {
    super(io, true);
  }
}
