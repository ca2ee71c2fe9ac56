package dev.kaizen.cli;

import dev.kaizen.json.BadInputException;
import dev.kaizen.json.KaizenJson;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What every command shares: the JSON module, standard input, the buffered standard output and
 * standard error, and the way a FILE is opened, named and reported when it cannot be read.
 */
final class Io {
  final KaizenJson json = KaizenJson.defaults();
  final InputStream in;
  final PrintWriter out;
  final PrintWriter err;

  Io(InputStream in, PrintWriter out, PrintWriter err) {
    this.in = in;
    this.out = out;
    this.err = err;
  }

  /** Opens {@code file}, or standard input (left open on close) for {@code -}. */
  InputStream open(String file) throws IOException {
    if (file.equals("-")) {
      return new FilterInputStream(in) {
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

  /** The name of {@code file} in messages: {@code <stdin>} for {@code -}. */
  static String name(String file) {
    return file.equals("-") ? "<stdin>" : file;
  }

  /**
   * Reports that {@code file} cannot be read, as {@code FILE: cannot read: REASON} on standard
   * error, and with {@code asJson} also as an error result on standard output (so that every FILE
   * has its result there).
   *
   * @return {@link KaizenCli#BAD_INPUT}
   */
  int unreadable(String file, IOException e, boolean asJson, Optional<String> source) {
    String problem =
        e instanceof NoSuchFileException ? "no such file" : String.valueOf(e.getMessage());
    err.println(name(file) + ": cannot read: " + problem);
    if (asJson) {
      out.println(
          Output.withSource(
              Output.json(
                  new BadInputException("$", 0, 0, "cannot read " + name(file) + ": " + problem),
                  0),
              source,
              OptionalInt.empty()));
    }
    return KaizenCli.BAD_INPUT;
  }

  /**
   * Reports bad input as {@code FILE: bad input at PATH (line L, column C): PROBLEM} on standard
   * error, {@code line} being the line of the input FILE (for {@code --ndjson}, the line of FILE,
   * not of the one-line document).
   *
   * @return {@link KaizenCli#BAD_INPUT}
   */
  int badInput(String file, BadInputException e, int line) {
    BadInputException where = new BadInputException(e.path(), line, e.column(), e.problem());
    err.println(name(file) + ": bad input at " + where.getMessage());
    return KaizenCli.BAD_INPUT;
  }
}
