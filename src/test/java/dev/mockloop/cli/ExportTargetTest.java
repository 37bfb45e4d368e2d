package dev.mockloop.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.mockloop.session.SessionStore;
import dev.mockloop.session.Transcripts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, item 4: {@code review export -o} writes atomically only to regular files or new paths
 * in existing folders; devices, FIFOs and folders are refused with exit 2 and left as they were;
 * {@code -o -} prints.
 */
class ExportTargetTest {
  static final String ID = "2026-11-10T0900-aaaaaa";

  @TempDir Path dir;
  Path sessions;

  @BeforeEach
  void oneSession() throws IOException {
    sessions = dir.resolve("sessions");
    new SessionStore(sessions).save(Transcripts.dynamo(ID, "2026-11-10T09:00:00Z", "p99"));
  }

  private CliRun export(String output) {
    return CliRun.run(
        (String) null, "--sessions", sessions.toString(), "review", "export", ID, "-o", output);
  }

  private static boolean run(String... cmd) throws Exception {
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    p.getInputStream().readAllBytes();
    return p.waitFor() == 0;
  }

  @Test
  void aDeviceNodeIsRefusedAndLeftADevice() throws Exception {
    Path device = dir.resolve("full");
    assumeTrue(run("mknod", device.toString(), "c", "1", "7"), "mknod needs root");
    CliRun r = export(device.toString());
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).contains("device, FIFO or socket", "-o -");
    assertThat(Files.isRegularFile(device, LinkOption.NOFOLLOW_LINKS)).isFalse();
    assertThat(Files.exists(device, LinkOption.NOFOLLOW_LINKS)).isTrue();
  }

  @Test
  void aLinkToADeviceAndAFifoAreRefused() throws Exception {
    Path link = Files.createSymbolicLink(dir.resolve("null.md"), Path.of("/dev/null"));
    CliRun r = export(link.toString());
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).contains("device, FIFO or socket");
    assertThat(Files.isSymbolicLink(link)).isTrue();

    Path fifo = dir.resolve("fifo.md");
    assertThat(run("mkfifo", fifo.toString())).isTrue();
    CliRun f = export(fifo.toString());
    assertThat(f.status()).isEqualTo(2);
    assertThat(Files.isRegularFile(fifo)).isFalse();
  }

  @Test
  void aFolderOrAMissingParentIsRefusedAndNoFolderIsCreated() {
    CliRun folder = export(dir.toString());
    assertThat(folder.status()).isEqualTo(2);
    assertThat(folder.err()).contains("is a folder");

    Path missing = dir.resolve("nonexistent/x/out.md");
    CliRun r = export(missing.toString());
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).contains("does not exist");
    assertThat(dir.resolve("nonexistent")).doesNotExist();
  }

  @Test
  void aNewFileAnExistingFileAndALinkedFileAreWritten() throws IOException {
    Path fresh = dir.resolve("fresh.md");
    assertThat(export(fresh.toString()).status()).isZero();
    assertThat(Files.readString(fresh)).contains("p99");

    Path real = Files.writeString(dir.resolve("real.md"), "old");
    Path link = Files.createSymbolicLink(dir.resolve("link.md"), real);
    assertThat(export(link.toString()).status()).isZero();
    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(Files.readString(real)).contains("p99");
  }

  @Test
  void dashPrintsToStandardOutput() {
    CliRun r = export("-");
    assertThat(r.status()).isZero();
    assertThat(r.out()).contains("p99");
  }
}
