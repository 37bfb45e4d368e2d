package dev.mockloop.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link SafeFiles#read} and {@link SafeFiles#readFully}, which read in pieces. */
class SafeFilesTest {
  @Test
  void aFileOfManyPiecesReadsWholeAndOneOverTheCapIsRefused(@TempDir Path dir) throws IOException {
    byte[] data = new byte[(64 << 10) * 5 + 17];
    new Random(7).nextBytes(data);
    Path file = dir.resolve("f");
    Files.write(file, data);
    assertThat(SafeFiles.read(file, data.length)).isEqualTo(data);
    assertThat(SafeFiles.read(file, data.length + 1)).isEqualTo(data);
    assertThatThrownBy(() -> SafeFiles.read(file, data.length - 1))
        .isInstanceOf(SafeFiles.Refused.class);
    Files.write(dir.resolve("empty"), new byte[0]);
    assertThat(SafeFiles.read(dir.resolve("empty"), 10)).isEmpty();
  }

  @Test
  void readFullyTakesShortReadsAndStopsAtTheEnd() throws IOException {
    byte[] data = new byte[200_000];
    new Random(3).nextBytes(data);
    InputStream trickle =
        new ByteArrayInputStream(data) {
          @Override
          public synchronized int read(byte[] b, int off, int len) {
            return super.read(b, off, Math.min(len, 1000)); // a short read every time
          }
        };
    byte[] into = new byte[data.length + 10];
    assertThat(SafeFiles.readFully(trickle, into, 10, data.length)).isEqualTo(data.length);
    assertThat(java.util.Arrays.copyOfRange(into, 10, into.length)).isEqualTo(data);
    byte[] more = new byte[50];
    assertThat(SafeFiles.readFully(new ByteArrayInputStream(data, 0, 20), more, 0, 50))
        .isEqualTo(20);
  }
}
