package dev.mockloop.cli;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.time.Clock;
import java.util.Map;

/** {@link CliContext}s for tests: their own input, writers and clock, nothing global. */
final class TestContext {
  private TestContext() {}

  /** No input, output thrown away, the system clock. */
  static CliContext quiet(Map<String, String> env) {
    PrintWriter sink = new PrintWriter(Writer.nullWriter());
    return new CliContext(env, InputStream.nullInputStream(), sink, sink, Clock.systemUTC());
  }

  /** These bytes as standard input (none when null), output to {@code out} and {@code err}. */
  static CliContext of(Map<String, String> env, byte[] stdin, Writer out, Writer err, Clock clock) {
    InputStream in =
        stdin == null ? InputStream.nullInputStream() : new ByteArrayInputStream(stdin);
    return new CliContext(env, in, new PrintWriter(out), new PrintWriter(err), clock);
  }
}
