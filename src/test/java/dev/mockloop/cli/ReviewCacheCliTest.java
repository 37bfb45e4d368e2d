package dev.mockloop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mockloop.session.SessionIndex;
import dev.mockloop.session.SessionStore;
import dev.mockloop.session.Transcripts;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code review list} and {@code review stats} print from the result cache exactly what they work
 * out, and never what an earlier state of the sessions folder or the bank gave.
 */
class ReviewCacheCliTest {
  private static final List<List<String>> COMMANDS =
      List.of(
          List.of("review", "list"),
          List.of("review", "list", "--json"),
          List.of("review", "list", "--level", "L7"),
          List.of("review", "list", "--topic", "databases"),
          List.of("review", "stats"),
          List.of("review", "stats", "--level", "L6"));

  @TempDir Path dir;
  Path sessions;
  String program;

  @BeforeEach
  void twoSessionsAndABrokenFile() throws IOException {
    program = ReviewCache.program;
    ReviewCache.program = "a test build"; // tests run from classes folders, which never cache
    sessions = dir.resolve("sessions");
    save("2026-11-10T0900-aaaaaa", "10", "the access pattern and p99");
    save("2026-11-12T0900-bbbbbb", "12", "p99 and the cost per read");
    Files.writeString(sessions.resolve("2026-11-11T0900-broken.yaml"), "schema: 1\nid: [oops\n");
    uncached(List.of("review", "list")); // makes the index's subfolder, which changes the folder
    settle();
  }

  @AfterEach
  void restore() {
    ReviewCache.program = program;
  }

  private void save(String id, String day, String answer) throws IOException {
    new SessionStore(sessions)
        .save(Transcripts.dynamo(id, "2026-11-" + day + "T09:00:00Z", answer));
  }

  /** Sets the folder's time an hour back, as when nothing has changed in it for a while. */
  private void settle() throws IOException {
    Files.setLastModifiedTime(sessions, FileTime.from(Instant.now().minusSeconds(3600)));
  }

  private String run(List<String> args, String... more) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    List<String> all = new ArrayList<>(List.of("--sessions", sessions.toString()));
    all.addAll(args);
    all.addAll(List.of(more));
    int status =
        Main.run(
            all.toArray(String[]::new),
            new PrintWriter(out),
            new PrintWriter(err),
            Map.of("TZ", "UTC", "NO_COLOR", "1", "COLUMNS", "100"));
    assertThat(err.toString()).isEmpty();
    assertThat(status).isZero();
    return out.toString();
  }

  /** The output worked out from the transcripts, with no cache read or written. */
  private String uncached(List<String> args) {
    String was = ReviewCache.program;
    ReviewCache.program = null;
    try {
      return run(args);
    } finally {
      ReviewCache.program = was;
    }
  }

  private List<Path> entries() throws IOException {
    try (Stream<Path> files = Files.list(sessions.resolve(".mockloop"))) {
      return files.filter(p -> p.getFileName().toString().startsWith("result-")).toList();
    }
  }

  @Test
  void everyCommandPrintsFromTheCacheExactlyWhatItWorksOut() throws IOException {
    List<String> expected = new ArrayList<>();
    for (List<String> command : COMMANDS) {
      expected.add(uncached(command));
      assertThat(run(command)).as("first %s", command).isEqualTo(expected.get(expected.size() - 1));
    }
    assertThat(entries()).hasSize(COMMANDS.size());
    // the index's lines damaged behind its intact first lines: any run that read the index would
    // rebuild it, so finding it still damaged shows the cache answered without reading it
    Path index = sessions.resolve(SessionIndex.FILE);
    String text = Files.readString(index);
    String damaged = text.substring(0, text.indexOf("\nS\t")) + "\nS\tjunk\n";
    Files.writeString(index, damaged);
    for (int i = 0; i < COMMANDS.size(); i++) {
      assertThat(run(COMMANDS.get(i))).as("cached %s", COMMANDS.get(i)).isEqualTo(expected.get(i));
    }
    assertThat(Files.readString(index)).isEqualTo(damaged);
  }

  @Test
  void anAddedReplacedOrDeletedSessionShowsOnTheNextRun() throws IOException {
    List<String> list = List.of("review", "list");
    List<String> stats = List.of("review", "stats");
    run(list);
    run(stats);

    save("2026-11-13T0900-cccccc", "13", "p99");
    assertThat(run(list)).contains("2026-11-13T0900-cccccc").isEqualTo(uncached(list));
    assertThat(run(stats)).contains("3 sessions").isEqualTo(uncached(stats));
    settle();
    run(list);
    assertThat(run(list)).contains("2026-11-13T0900-cccccc");

    String before = run(stats);
    save("2026-11-13T0900-cccccc", "13", "p99 and the cost per read and the access pattern");
    settle();
    assertThat(run(stats)).isNotEqualTo(before).isEqualTo(uncached(stats));

    Files.delete(sessions.resolve("2026-11-13T0900-cccccc.yaml"));
    assertThat(run(list)).doesNotContain("2026-11-13T0900-cccccc").isEqualTo(uncached(list));
    assertThat(run(stats)).contains("2 sessions");
  }

  @Test
  void aDamagedCacheIsRebuiltSilently() throws IOException {
    for (List<String> command : COMMANDS) {
      run(command);
    }
    List<byte[]> good = new ArrayList<>();
    for (Path p : entries()) {
      good.add(Files.readAllBytes(p));
      byte[] bad = Files.readAllBytes(p);
      bad[bad.length / 2] ^= 0x20;
      Files.write(p, bad);
    }

    for (List<String> command : COMMANDS) {
      assertThat(run(command)).isEqualTo(uncached(command));
    }
    for (int i = 0; i < good.size(); i++) {
      assertThat(Files.readAllBytes(entries().get(i))).isEqualTo(good.get(i));
    }
  }

  @Test
  void statsWithAUserBankIsWorkedOutAgainWhenABankFileChanges() throws IOException {
    Path bank = TinyBank.write(dir.resolve("bank"));
    Path file = bank.resolve("cache/tiny-cache.yaml");
    Files.setLastModifiedTime(file, FileTime.from(Instant.now().minusSeconds(3600)));
    List<String> stats = List.of("--questions", bank.toString(), "review", "stats");
    String first = run(stats);
    assertThat(run(stats)).isEqualTo(first);
    assertThat(entries()).hasSize(1);

    // changed just now: its time cannot tell a second edit apart, so nothing is cached
    Files.writeString(file, Files.readString(file) + "\n");
    assertThat(run(stats)).isEqualTo(first);
    assertThat(entries()).hasSize(1);

    Files.setLastModifiedTime(file, FileTime.from(Instant.now().minusSeconds(60)));
    assertThat(run(stats)).isEqualTo(first);
    assertThat(entries()).hasSize(2); // another bank, another entry
  }
}
