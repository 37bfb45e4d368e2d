package dev.mockloop.bank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code SnapshotTool --store}: the jar's snapshot entry rewritten uncompressed, nothing else. */
class SnapshotToolTest {
  @TempDir Path dir;

  private static final byte[] SNAPSHOT =
      "mockloop-bank-4\n".repeat(500).getBytes(StandardCharsets.US_ASCII);
  private static final byte[] CLASS = "not really a class ".repeat(50).getBytes();

  private Path jar() throws IOException {
    Path jar = dir.resolve("app.jar");
    try (OutputStream file = Files.newOutputStream(jar);
        ZipOutputStream zip = new ZipOutputStream(file)) {
      zip.putNextEntry(new ZipEntry("META-INF/MANIFEST.MF"));
      zip.write("Manifest-Version: 1.0\n".getBytes(StandardCharsets.US_ASCII));
      zip.putNextEntry(new ZipEntry(BundledSnapshot.RESOURCE));
      zip.write(SNAPSHOT);
      zip.putNextEntry(new ZipEntry("dev/mockloop/A.class"));
      zip.write(CLASS);
    }
    return jar;
  }

  @Test
  void theSnapshotEntryIsStoredWithItsBytesAndTheOtherEntriesStayCompressed() throws Exception {
    Path jar = jar();
    try (ZipFile before = new ZipFile(jar.toFile())) {
      assertThat(before.getEntry(BundledSnapshot.RESOURCE).getMethod())
          .isEqualTo(ZipEntry.DEFLATED);
    }
    SnapshotTool.store(jar);
    try (ZipFile after = new ZipFile(jar.toFile())) {
      ZipEntry snap = after.getEntry(BundledSnapshot.RESOURCE);
      assertThat(snap.getMethod()).isEqualTo(ZipEntry.STORED);
      assertThat(after.getInputStream(snap).readAllBytes()).isEqualTo(SNAPSHOT);
      ZipEntry cls = after.getEntry("dev/mockloop/A.class");
      assertThat(cls.getMethod()).isEqualTo(ZipEntry.DEFLATED);
      assertThat(after.getInputStream(cls).readAllBytes()).isEqualTo(CLASS);
      assertThat(after.getEntry("META-INF/MANIFEST.MF")).isNotNull();
      assertThat(after.size()).isEqualTo(3);
    }
  }

  @Test
  void aJarWithoutASnapshotIsAnError() throws Exception {
    Path jar = dir.resolve("empty.jar");
    try (OutputStream file = Files.newOutputStream(jar);
        ZipOutputStream zip = new ZipOutputStream(file)) {
      zip.putNextEntry(new ZipEntry("dev/mockloop/A.class"));
      zip.write(CLASS);
    }
    assertThatThrownBy(() -> SnapshotTool.store(jar)).isInstanceOf(IOException.class);
  }
}
