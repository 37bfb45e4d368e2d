package dev.mockloop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Runs mockloop in-process with captured streams, as the CLI tests need. */
final class QuestionsCliTest {
  /** One run's exit status and output. */
  record Run(int status, String out, String err) {
    /** Both streams, for assertions that hold for either. */
    String all() {
      return out + err;
    }

    List<String> outLines() {
      return out.lines().toList();
    }
  }

  private QuestionsCliTest() {}

  static Run run(Map<String, String> env, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true), env);
    Run run = new Run(status, out.toString(), err.toString());
    assertThat(run.all()).doesNotContain("Exception").doesNotContain("\tat ");
    return run;
  }

  static Run run(String... args) {
    return run(Map.of(), args);
  }

  static Map<String, String> env(String... pairs) {
    Map<String, String> env = new HashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      env.put(pairs[i], pairs[i + 1]);
    }
    return env;
  }

  static String bank(String name) {
    try {
      return Path.of(QuestionsCliTest.class.getResource("/banks/" + name).toURI()).toString();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
