package dev.mockloop.cli;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Runs the CLI in-process with captured output and an optional standard input. */
record CliRun(int status, String out, String err) {
  static CliRun run(String stdin, String... args) {
    return run(stdin == null ? null : stdin.getBytes(StandardCharsets.UTF_8), args);
  }

  static synchronized CliRun run(byte[] stdin, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    InputStream saved = System.in;
    try {
      if (stdin != null) {
        System.setIn(new ByteArrayInputStream(stdin));
      }
      int status = Main.run(args, new PrintWriter(out), new PrintWriter(err),
          Map.of("NO_COLOR", "1"));
      return new CliRun(status, out.toString(), err.toString());
    } finally {
      System.setIn(saved);
    }
  }
}
