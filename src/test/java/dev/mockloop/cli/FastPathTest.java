package dev.mockloop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mockloop.session.SessionStore;
import dev.mockloop.session.Transcripts;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link FastPath} answers exactly as picocli would, and leaves everything else to it. */
class FastPathTest {
  /** The test bank unless --questions names another (one case names the shipped folder). */
  private static final Map<String, String> ENV =
      Map.of("NO_COLOR", "1", "COLUMNS", "100", "MOCKLOOP_QUESTIONS", CliGoldenTest.BANK);

  @TempDir Path dir;
  private Path sessions;

  @BeforeEach
  void history() throws IOException {
    sessions = Files.createDirectory(dir.resolve("sessions"));
    SessionStore store = new SessionStore(sessions);
    store.save(Transcripts.dynamo("2026-11-10T0900-aaaaaa", "2026-11-10T09:00:00Z", "p99"));
    store.save(Transcripts.dynamo("2026-11-12T0900-bbbbbb", "2026-11-12T09:00:00Z", "the cost"));
  }

  private record Ran(Integer status, String out, String err) {}

  private static Ran fast(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    Integer status = FastPath.run(args, new PrintWriter(out), new PrintWriter(err), ENV);
    return new Ran(status, out.toString(), err.toString());
  }

  private static Ran picocli(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    PrintWriter o = new PrintWriter(out);
    PrintWriter e = new PrintWriter(err);
    int status = Cli.build(o, e, ENV, List.of(args)).execute(args);
    o.flush();
    e.flush();
    return new Ran(status, out.toString(), err.toString());
  }

  @Test
  void aLookUpsLinesGoOutTogetherNotAFlushPerLine() {
    int[] flushes = {0};
    StringWriter text = new StringWriter();
    java.io.Writer counting =
        new java.io.FilterWriter(text) {
          @Override
          public void flush() throws IOException {
            flushes[0]++;
            super.flush();
          }
        };
    PrintWriter out = new PrintWriter(counting, true); // as Main's, flushed at every line
    Integer status =
        FastPath.run(
            new String[] {"questions", "list"}, out, new PrintWriter(new StringWriter()), ENV);
    assertThat(status).isZero();
    assertThat(text.toString()).isEqualTo(picocli("questions", "list").out());
    assertThat(text.toString().lines().count()).isGreaterThan(3);
    assertThat(flushes[0]).isLessThanOrEqualTo(2); // a flush per line before
  }

  @Test
  void theLookUpCommandsPrintWhatPicocliWouldPrint() throws IOException {
    Path bank = TinyBank.write(Files.createDirectory(dir.resolve("bank")));
    Files.writeString(dir.resolve("s.yaml"), "not a folder");
    String s = sessions.toString();
    String[][] lines = {
      {"questions", "list"},
      {"--no-color", "questions", "list", "--level", "L7", "--topic", "databases"},
      {"questions", "list", "--topic", "caching", "--topic", "databases", "--json"},
      {"questions", "list", "--topic", "no-such-topic"},
      {"--questions", bank.toString(), "questions", "list"},
      {"--questions", bank.toString(), "questions", "list"}, // from the cache this time
      {"--questions", dir.resolve("missing").toString(), "questions", "list"},
      {"--sessions", s, "review", "list"},
      {"--sessions", s, "review", "list", "--level", "6", "--json"},
      {"--sessions", s, "review", "list", "--topic", "databases"},
      {"--sessions", s, "review", "stats"},
      {"--sessions", s, "review", "stats", "--level", "L7"},
      {"--sessions", dir.resolve("s.yaml").toString(), "review", "stats"},
      {"--sessions", s, "practice", "--level", "L6", "--scenario", "no-such-scenario"},
      {"--sessions", s, "practise", "--topic", "no-such-topic"},
      {"--questions", bank.toString(), "--sessions", s, "practice", "--scenario", "nope"},
      // the home screen with root options: errors found before it opens
      {"--sessions", s, "--questions", dir.resolve("missing").toString()},
      {"--no-color", "--sessions", dir.resolve("s.yaml").toString()},
      {"--debug", "--questions", ""},
      // the root options after the command words, as people type them (README: before or after)
      {"questions", "list", "--questions", bank.toString()},
      {"questions", "list", "--level", "L7", "--questions", bank.toString(), "--no-color"},
      {"review", "list", "--sessions", s},
      {"review", "stats", "--level", "L7", "--sessions", s, "--debug"},
      {"practice", "--scenario", "nope", "--questions", bank.toString(), "--sessions", s},
      {"--sessions", s, "questions", "list", "--questions", dir.resolve("missing").toString()},
    };
    for (String[] line : lines) {
      Ran fast = fast(line);
      assertThat(fast.status()).as(String.join(" ", line)).isNotNull();
      assertThat(fast).as(String.join(" ", line)).isEqualTo(picocli(line));
    }
  }

  @Test
  void anythingElseIsLeftToPicocli() {
    String[][] lines = {
      {"questions", "list", "--help"},
      {"questions", "list", "--level", "L9"},
      {"questions", "list", "--level=L7"},
      {"questions", "list", "--level", "L6", "--level", "L7"},
      {"questions", "lists"},
      {"questions", "show", "dynamodb-vs-rds"},
      {"review", "stats", "--json"},
      {"practice", "--minutes", "5"},
      {"practice", "--json"},
      {"questions", "list", "--scenario", "x"},
      {"review", "list", "--topic", "a", "--topic", "b"},
      {"--questions", "questions", "list"},
      {"questions", "list", "--questions"},
      {"questions", "list", "--questions", "--json"},
      {"--questions", "a", "questions", "list", "--questions", "b"},
      {"review", "list", "--sessions", "a", "--sessions", "b"},
      {"questions", "list", "--version"},
      {"--sessions"},
      {"--version", "questions", "list"},
      {"questions"},
      {},
    };
    for (String[] line : lines) {
      assertThat(fast(line).status()).as(String.join(" ", line)).isNull();
    }
  }
}
