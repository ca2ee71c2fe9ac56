/** The {@code kaizen.jar} command line: {@link dev.kaizen.cli.KaizenCli}. */
package dev.kaizen.cli;
