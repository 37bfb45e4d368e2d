package dev.mockloop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mockloop.session.SessionStore;
import dev.mockloop.session.Transcript;
import dev.mockloop.session.TranscriptYaml;
import dev.mockloop.session.Transcripts;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReviewCommandTest {
  static final String OLD = "2026-11-10T0900-aaaaaa";
  static final String NEW = "2026-11-12T0900-bbbbbb";

  @TempDir Path dir;
  Path sessions;

  record Run(int status, String out, String err) {}

  private Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    List<String> all = new ArrayList<>(List.of("--sessions", sessions.toString()));
    all.addAll(List.of(args));
    int status =
        Main.run(
            all.toArray(String[]::new),
            new PrintWriter(out),
            new PrintWriter(err),
            Map.of("TZ", "UTC", "NO_COLOR", "1", "COLUMNS", "120"));
    return new Run(status, out.toString(), err.toString());
  }

  @BeforeEach
  void twoAttemptsAndABrokenFile() throws IOException {
    sessions = dir.resolve("sessions");
    SessionStore store = new SessionStore(sessions);
    store.save(Transcripts.dynamo(OLD, "2026-11-10T09:00:00Z", "the access pattern and p99"));
    store.save(Transcripts.dynamo(NEW, "2026-11-12T09:00:00Z", "p99 and the cost per read"));
    Files.writeString(sessions.resolve("2026-11-11T0900-broken.yaml"), "schema: 1\nid: [oops\n");
  }

  @Test
  void listShowsSessionsNewestFirstAndUnreadableFilesWithTheReason() {
    Run r = run("review", "list");

    assertThat(r.status()).as(r.err()).isZero();
    List<String> lines = r.out().lines().toList();
    assertThat(lines.get(0)).startsWith("ID").contains("LEVEL", "SCORE", "TIME", "STATUS");
    assertThat(lines.get(1))
        .startsWith(NEW)
        .contains("L6", "71", "5:00", "completed", "Title of dynamodb-vs-rds");
    assertThat(lines.get(2)).startsWith(OLD);
    assertThat(r.out())
        .contains(
            "2 sessions, 1 unreadable",
            "unreadable  2026-11-11T0900-broken",
            "2026-11-11T0900-broken.yaml:");
  }

  @Test
  void listFiltersByLevelAndPrintsJson() throws IOException {
    assertThat(run("review", "list", "--level", "L7").out()).contains("0 sessions");
    Run r = run("review", "list", "--json");
    JsonNode doc = new ObjectMapper().readTree(r.out());
    assertThat(doc.get("sessions")).hasSize(2);
    assertThat(doc.get("sessions").get(0).get("id").asText()).isEqualTo(NEW);
    assertThat(doc.get("sessions").get(0).get("score").asInt()).isEqualTo(71);
    assertThat(doc.get("unreadable").get(0).get("reason").asText()).contains("broken.yaml:2");
  }

  @Test
  void reviewWithoutATerminalPrintsTheList() {
    Run r = run("review");
    assertThat(r.status()).isZero();
    assertThat(r.out()).contains(NEW, OLD, "2 sessions");
    assertThat(run("review", "--level", "L7").out()).contains("0 sessions");
  }

  @Test
  void showPrintsTheSessionWithHighlightsAndTheComparison() {
    Run r = run("review", "show", NEW);

    assertThat(r.status()).as(r.err()).isZero();
    assertThat(r.out())
        .contains(
            "# mockloop session " + NEW,
            "**p99** and the **cost** per read",
            "Last time 71 → now 71 (±0)",
            "- newly covered: Point cost",
            "- missed this time: Point query-patterns");
  }

  @Test
  void showAsJsonIsTheTranscript() throws IOException {
    Run r = run("review", "show", NEW, "--json");
    JsonNode doc = new ObjectMapper().readTree(r.out());
    assertThat(doc.get("id").asText()).isEqualTo(NEW);
    assertThat(doc.get("rounds").get(0).get("answer").get("text").asText())
        .isEqualTo("p99 and the cost per read");
  }

  @Test
  void exportWritesTheMarkdownFile() throws IOException {
    Path file = Files.createDirectories(dir.resolve("out")).resolve("new.md");
    Run r = run("review", "export", NEW, "-o", file.toString());

    assertThat(r.status()).as(r.err()).isZero();
    assertThat(r.out()).contains("Exported " + NEW + " to " + file);
    assertThat(Files.readString(file, StandardCharsets.UTF_8))
        .isEqualTo(run("review", "show", NEW, "--markdown").out());
  }

  @Test
  void pathsAndUnknownIdsAreRefusedWithExit2() {
    for (String bad : List.of("../../etc/passwd", "/etc/passwd", "..", "a/b", "x.yaml")) {
      Run r = run("review", "show", bad);
      assertThat(r.status()).as(bad).isEqualTo(2);
      assertThat(r.err())
          .as(bad)
          .contains("'" + bad + "' is not a session id")
          .doesNotContain("Exception", "\tat ");
      assertThat(run("review", "export", bad).status()).isEqualTo(2);
    }
    Run unknown = run("review", "show", "2026-01-01T0000-nosuch");
    assertThat(unknown.status()).isEqualTo(2);
    assertThat(unknown.err()).contains("no session '2026-01-01T0000-nosuch' in " + sessions);
  }

  @Test
  void anUnreadableSessionIsExplainedNotThrown() {
    Run r = run("review", "show", "2026-11-11T0900-broken");
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err())
        .contains(
            "session '2026-11-11T0900-broken' cannot be read:", "2026-11-11T0900-broken.yaml:2:");
  }

  @Test
  void handEditedTranscriptWithABadScoreIsListedAsUnreadable() throws IOException {
    Transcript t = Transcripts.dynamo("2026-11-13T0900-edited", "2026-11-13T09:00:00Z", "p99");
    Files.writeString(
        sessions.resolve(t.id() + ".yaml"),
        TranscriptYaml.toYaml(t).replace("score: 42", "score: 420"));
    Run r = run("review", "list");
    assertThat(r.status()).isZero();
    assertThat(r.out()).contains("2 unreadable", "2026-11-13T0900-edited", "0..100");
  }

  @Test
  void statsShowsTotalsAveragesTrendAndMostMissed() {
    Run r = run("review", "stats");

    assertThat(r.status()).as(r.err()).isZero();
    assertThat(r.out())
        .contains(
            "Practice: 2 sessions, 2 scored rounds, 10 minutes answering",
            "Average score by level",
            "L6   71/100",
            "By dimension at L6",
            "analysis",
            "Trend by session",
            "first 71, last 71",
            "Trend by week",
            "week of 2026-11-09",
            "Most-missed key points",
            "query-patterns at L6: missed 1 of 2 (50%)",
            "1 unreadable session file not counted");
    assertThat(run("review", "stats", "--level", "L7").out()).contains("No sessions at L7 yet");
  }
}
