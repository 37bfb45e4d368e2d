package dev.mockloop.cli;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;

/** Runs the CLI in-process with captured output and an optional standard input. */
record CliRun(int status, String out, String err) {
  static CliRun run(String stdin, String... args) {
    return run(stdin == null ? null : stdin.getBytes(StandardCharsets.UTF_8), args);
  }

  static CliRun run(byte[] stdin, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status =
        Main.run(args, TestContext.of(Map.of("NO_COLOR", "1"), stdin, out, err, Clock.systemUTC()));
    return new CliRun(status, out.toString(), err.toString());
  }
}
