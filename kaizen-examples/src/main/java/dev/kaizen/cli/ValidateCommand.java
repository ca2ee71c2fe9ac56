package dev.kaizen.cli;

import picocli.CommandLine.Command;

/** {@code kaizen validate FILE...}: lists each document's violations. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    synopsisHeading = "usage: ",
    description = "list the violations of each document",
    footer = KaizenCli.STATUS_FOOTER)
final class ValidateCommand extends DocumentCommand {
  ValidateCommand(Io io) {
    super(io, false);
  }
}
