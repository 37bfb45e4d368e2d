package dev.mockloop.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link AtomicFiles}: the file replaced whole, owner-only while written, nothing left beside. */
class AtomicFilesTest {
  @TempDir Path dir;

  @Test
  void writesAndReplacesLeavingNoTempFile() throws IOException {
    Path target = dir.resolve("sub").resolve("a.yaml");
    AtomicFiles.write(target, "one".getBytes(StandardCharsets.UTF_8));
    AtomicFiles.write(target, "two".getBytes(StandardCharsets.UTF_8), false);
    assertThat(Files.readString(target)).isEqualTo("two");
    try (Stream<Path> files = Files.list(target.getParent())) {
      assertThat(files).containsExactly(target);
    }
  }

  @Test
  void theWrittenFileIsTheOwnersOnlyAsATempFileIs() throws IOException {
    Path target = dir.resolve("b.yaml");
    AtomicFiles.write(target, new byte[] {1});
    if (dir.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target)))
          .isEqualTo("rw-------");
    }
    assertThat(Files.readAllBytes(target)).containsExactly(1);
  }

  @Test
  void manyWritersOfOneFileEachReplaceItWhole() throws Exception {
    Path target = dir.resolve("c.yaml");
    Thread[] threads = new Thread[8];
    for (int t = 0; t < threads.length; t++) {
      byte[] bytes = ("writer " + t + " ").repeat(1000).getBytes(StandardCharsets.UTF_8);
      threads[t] =
          new Thread(
              () -> {
                try {
                  for (int i = 0; i < 20; i++) {
                    AtomicFiles.write(target, bytes, false);
                  }
                } catch (IOException e) {
                  throw new java.io.UncheckedIOException(e);
                }
              });
      threads[t].start();
    }
    for (Thread t : threads) {
      t.join();
    }
    String text = Files.readString(target);
    assertThat(text).isEqualTo(text.substring(0, 9).repeat(1000));
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files).containsExactly(target);
    }
  }
}
