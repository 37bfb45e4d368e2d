package dev.mockloop.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files: the whole expected text of a public output under {@code
 * src/test/resources/golden/}. A test hands its actual output to {@link #check}; it must equal the
 * file byte for byte. One switch updates them all: run the tests with {@code -Dgolden.update=true}
 * and every golden file is (re)written from the actual output; then review {@code git diff} and
 * commit. Without the switch a missing file fails with that instruction, so a new golden file is
 * always looked at by a person before it is committed.
 */
public final class Golden {
  /** Where the golden files live (tests run with the module folder as working directory). */
  public static final Path DIR = Path.of("src/test/resources/golden");

  private Golden() {}

  /** True when this run rewrites the golden files instead of comparing with them. */
  public static boolean updating() {
    return Boolean.getBoolean("golden.update");
  }

  /** Compares {@code actual} with the golden file {@code name} (a path under {@link #DIR}). */
  public static void check(String name, String actual) {
    Path file = DIR.resolve(name);
    try {
      if (updating()) {
        Files.createDirectories(file.getParent());
        Files.writeString(file, actual, StandardCharsets.UTF_8);
        return;
      }
      if (!Files.exists(file)) {
        fail(
            "no golden file "
                + file
                + "; run with -Dgolden.update=true to write it from this"
                + " output, review it, then commit it");
      }
      assertThat(actual)
          .as(
              "%s (if the change is intended: -Dgolden.update=true, review the" + " diff, commit)",
              file)
          .isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
