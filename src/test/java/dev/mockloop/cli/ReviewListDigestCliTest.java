package dev.mockloop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mockloop.session.SessionStore;
import dev.mockloop.session.Transcripts;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code review list} prints the same bytes made from the index, from the list digest written with
 * the index, and from its kept output; a digest made for another index, or damaged, is not used.
 */
class ReviewListDigestCliTest {
  private static final List<List<String>> LISTS =
      List.of(
          List.of("review", "list"),
          List.of("review", "list", "--level", "L6"),
          List.of("review", "list", "--level", "L7"));

  @TempDir Path dir;
  Path sessions;
  Path digest;
  String program;

  @BeforeEach
  void sessionsAndABrokenFile() throws IOException {
    program = ReviewCache.program;
    ReviewCache.program = null; // no kept output unless a test asks for it
    sessions = dir.resolve("sessions");
    digest = sessions.resolve(".mockloop/list");
    save("2026-11-10T0900-aaaaaa", "10", "the access pattern and p99");
    save("2026-11-12T0900-bbbbbb", "12", "p99 and the cost per read");
    Files.writeString(sessions.resolve("2026-11-11T0900-broken.yaml"), "schema: 1\nid: [oops\n");
    run(LISTS.get(0), "100", null);
    settle();
    run(LISTS.get(0), "100", null); // the index rewritten with the folder's time: the digest too
  }

  @AfterEach
  void restore() {
    ReviewCache.program = program;
  }

  private void save(String id, String day, String answer) throws IOException {
    new SessionStore(sessions)
        .save(Transcripts.dynamo(id, "2026-11-" + day + "T09:00:00Z", answer));
  }

  private void settle() throws IOException {
    Files.setLastModifiedTime(sessions, FileTime.from(Instant.now().minusSeconds(3600)));
  }

  /** The command's output; with {@code raw}, written there when it goes to the raw stream. */
  private String run(List<String> args, String columns, ByteArrayOutputStream raw) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    List<String> all = new ArrayList<>(List.of("--sessions", sessions.toString()));
    all.addAll(args);
    Map<String, String> env = new HashMap<>(Map.of("TZ", "UTC", "NO_COLOR", "1"));
    env.put("COLUMNS", columns);
    CliContext c =
        new CliContext(
            env,
            InputStream.nullInputStream(),
            new PrintWriter(out),
            new PrintWriter(err),
            Clock.systemUTC(),
            raw);
    int status = Main.run(all.toArray(String[]::new), c);
    assertThat(err.toString()).isEmpty();
    assertThat(status).isZero();
    return out + (raw == null ? "" : raw.toString(StandardCharsets.UTF_8));
  }

  /** Made from the index: the digest removed first (the run writes it again). */
  private String fromIndex(List<String> args, String columns) throws IOException {
    Files.deleteIfExists(digest);
    String text = run(args, columns, null);
    assertThat(digest).exists();
    return text;
  }

  @Test
  void theIndexTheDigestAndTheKeptOutputPrintTheSameBytes() throws IOException {
    assertThat(digest).exists();
    for (List<String> args : LISTS) {
      for (String columns : List.of("100", "60", "200")) {
        String expected = fromIndex(args, columns);
        assertThat(expected).contains("1 unreadable").contains(" session");
        assertThat(run(args, columns, null)).as("digest %s", args).isEqualTo(expected);
        ReviewCache.program = "a test build";
        assertThat(run(args, columns, null)).as("made, kept %s", args).isEqualTo(expected);
        assertThat(run(args, columns, null)).as("kept %s", args).isEqualTo(expected);
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        assertThat(run(args, columns, raw)).as("kept, raw %s", args).isEqualTo(expected);
        assertThat(raw.toString(StandardCharsets.UTF_8)).isEqualTo(expected);
        ReviewCache.program = null;
        raw = new ByteArrayOutputStream();
        assertThat(run(args, columns, raw)).as("digest, raw %s", args).isEqualTo(expected);
        assertThat(raw.toString(StandardCharsets.UTF_8)).isEqualTo(expected);
      }
    }
  }

  @Test
  void aDigestForAnotherIndexOrDamagedIsNotUsed() throws IOException {
    byte[] old = Files.readAllBytes(digest);
    save("2026-11-13T0900-cccccc", "13", "p99");
    settle();
    String added = run(LISTS.get(0), "100", null);
    assertThat(added).contains("2026-11-13T0900-cccccc").contains("3 sessions");
    assertThat(Files.readAllBytes(digest)).isNotEqualTo(old); // written with the new index

    Files.write(digest, old); // a digest of the index before the session was added
    assertThat(run(LISTS.get(0), "100", null)).isEqualTo(added);
    assertThat(Files.readAllBytes(digest)).isNotEqualTo(old); // written again

    byte[] damaged = Files.readAllBytes(digest);
    damaged[damaged.length - 20] ^= 0x04;
    Files.write(digest, damaged);
    assertThat(run(LISTS.get(0), "100", null)).isEqualTo(added);
    assertThat(run(LISTS.get(0), "100", null)).isEqualTo(fromIndex(LISTS.get(0), "100"));

    Files.delete(sessions.resolve("2026-11-13T0900-cccccc.yaml"));
    String removed = run(LISTS.get(0), "100", null);
    assertThat(removed).doesNotContain("2026-11-13T0900-cccccc").contains("2 sessions");
    settle();
    assertThat(run(LISTS.get(0), "100", null)).isEqualTo(removed);
    assertThat(run(LISTS.get(0), "100", null)).isEqualTo(fromIndex(LISTS.get(0), "100"));
  }
}
