package dev.mockloop.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.mockloop.session.SessionStore;
import dev.mockloop.session.Transcripts;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, items 5, 7, 8 and 11: files in the sessions folder or a bank that are links, FIFOs,
 * devices or huge are reported, never read, followed, echoed or waited on.
 */
class HostileFilesTest {
  static final String GOOD = "2026-11-10T0900-aaaaaa";
  static final String SECRET =
      "root:x:0:0:root:/root:/bin/bash\n"
          + "daemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin\nSECOND-SECRET-LINE\n";
  static final Duration QUICK = Duration.ofSeconds(20);

  @TempDir Path dir;
  Path sessions;

  @BeforeEach
  void oneGoodSession() throws IOException {
    sessions = dir.resolve("sessions");
    new SessionStore(sessions).save(Transcripts.dynamo(GOOD, "2026-11-10T09:00:00Z", "p99"));
  }

  static CliRun run(Path sessions, String... args) {
    String[] all = new String[args.length + 2];
    all[0] = "--sessions";
    all[1] = sessions.toString();
    System.arraycopy(args, 0, all, 2, args.length);
    return assertTimeoutPreemptively(QUICK, () -> CliRun.run((String) null, all));
  }

  static void mkfifo(Path p) throws Exception {
    Process mk = new ProcessBuilder("mkfifo", p.toString()).inheritIO().start();
    assertThat(mk.waitFor()).isZero();
  }

  @Test
  void aSymlinkedTranscriptIsSkippedNotFollowedAndNotEchoed() throws IOException {
    Path secret = Files.writeString(dir.resolve("passwd"), SECRET);
    Files.createSymbolicLink(sessions.resolve("2026-11-04T0000-passwd.yaml"), secret);

    CliRun list = run(sessions, "review", "list");
    assertThat(list.out() + list.err())
        .doesNotContain("root:x", "SECOND-SECRET")
        .contains(GOOD, "2026-11-04T0000-passwd", "symbolic link");
    CliRun show = run(sessions, "review", "show", "2026-11-04T0000-passwd");
    assertThat(show.status()).isEqualTo(2);
    assertThat(show.err()).contains("symbolic link").doesNotContain("root:x", "Exception");
  }

  @Test
  void aTranscriptThatIsOneLongTextIsQuotedOnlyAsAShortExcerpt() throws IOException {
    String id = "2026-11-05T0000-pasted";
    Files.writeString(sessions.resolve(id + ".yaml"), SECRET.repeat(40).replace("\n", " "));

    CliRun show = run(sessions, "review", "show", id);
    assertThat(show.status()).isEqualTo(2);
    assertThat(show.err()).doesNotContain("SECOND-SECRET").hasSizeLessThan(400);
  }

  @Test
  void aFifoInTheSessionsFolderDoesNotHangListOrShow() throws Exception {
    mkfifo(sessions.resolve("2026-11-15T0000-fifo.yaml"));

    CliRun list = run(sessions, "review", "list");
    assertThat(list.out() + list.err()).contains(GOOD, "not a regular file");
    CliRun show = run(sessions, "review", "show", "2026-11-15T0000-fifo");
    assertThat(show.status()).isEqualTo(2);
    assertThat(show.err()).contains("not a regular file");
  }

  @Test
  void aLinkToAnEndlessDeviceOrAHugeSparseFileIsNeverReadWhole() throws IOException {
    Files.createSymbolicLink(sessions.resolve("2026-11-16T0000-zero.yaml"), Path.of("/dev/zero"));
    try (RandomAccessFile f =
        new RandomAccessFile(sessions.resolve("2026-11-17T0000-huge.yaml").toFile(), "rw")) {
      f.setLength(3L << 30); // 3 GiB, sparse
    }

    CliRun list = run(sessions, "review", "list");
    assertThat(list.out() + list.err())
        .contains(GOOD, "symbolic link", "larger than 16.0 MiB")
        .doesNotContain("OutOfMemory");
  }

  @Test
  void scoreReadsAtMostOneMegabyteFromADevice() throws IOException {
    Path bank = TinyBank.write(dir.resolve("bank"));
    CliRun r =
        assertTimeoutPreemptively(
            QUICK,
            () ->
                CliRun.run(
                    (String) null,
                    "--questions",
                    bank.toString(),
                    "score",
                    "--scenario",
                    "tiny-cache",
                    "--level",
                    "L6",
                    "/dev/zero"));
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).contains("at most 1 MB").doesNotContain("Exception");
  }

  @Test
  void aBankSkipsLinkedAndSpecialFilesWithAReasonAndEchoesNothing() throws Exception {
    Path bank = TinyBank.write(dir.resolve("bank"));
    Path secret = Files.writeString(dir.resolve("passwd"), SECRET);
    Files.createSymbolicLink(bank.resolve("cache/passwd.yaml"), secret);
    mkfifo(bank.resolve("cache/fifo.yaml"));

    CliRun r =
        assertTimeoutPreemptively(
            QUICK, () -> CliRun.run((String) null, "questions", "validate", bank.toString()));
    assertThat(r.out() + r.err())
        .doesNotContain("root:x", "SECOND-SECRET")
        .contains(
            "passwd.yaml: warning: is a symbolic link",
            "fifo.yaml: warning: is not a regular file");
  }

  @Test
  void unreadableTranscriptsGiveReasonsWithoutJavaNames() throws IOException {
    Files.writeString(
        sessions.resolve("2026-11-06T0000-level.yaml"),
        Files.readString(sessions.resolve(GOOD + ".yaml")).replace("level: L6", "level: L9"));
    Files.write(
        sessions.resolve("2026-11-07T0000-latin1.yaml"),
        new byte[] {'i', 'd', ':', ' ', (byte) 0xE9, (byte) 0xE9, '\n'});
    Files.writeString(sessions.resolve("2026-11-08T0000-list.yaml"), "- a\n- b\n");

    CliRun list = run(sessions, "review", "list");
    String all = list.out() + list.err();
    assertThat(all)
        .contains(
            "2026-11-06T0000-level",
            "2026-11-07T0000-latin1",
            "2026-11-08T0000-list",
            "one of L6, L7");
    assertThat(all).doesNotContainPattern("java\\.|dev\\.mockloop|JsonToken|Exception|START_");
  }

  @Test
  void sessionsPathThatIsAFileOrEmptyIsAnError() throws IOException {
    Path file = Files.writeString(dir.resolve("not-a-folder"), "x");
    CliRun r = run(file, "review", "list");
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).contains("not a folder");
    CliRun empty = CliRun.run((String) null, "--sessions", "", "review", "list");
    assertThat(empty.status()).isEqualTo(2);
    assertThat(empty.err()).contains("--sessions");
    CliRun emptyQ = CliRun.run((String) null, "--questions", "", "questions", "list");
    assertThat(emptyQ.status()).isEqualTo(2);
    assertThat(emptyQ.err()).contains("--questions");
  }

  @Test
  void aFileNameWithANewlineStaysOnItsRow() throws IOException {
    Files.writeString(sessions.resolve("2026-11-09T0000-two\nlines.yaml"), "x: 1\n");
    CliRun list = run(sessions, "review", "list");
    assertThat(list.out().lines().filter(l -> l.startsWith("lines"))).isEmpty();
  }

  static Map<String, String> env() {
    return Map.of("NO_COLOR", "1");
  }
}
