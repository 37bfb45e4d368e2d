package dev.mockloop.bank;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Small banks written into a temporary folder, and the fixture banks under test resources. */
public final class BankFixtures {
  private BankFixtures() {}

  /**
   * A minimal valid scenario. Its layout is fixed so tests can assert positions: line 9 is the
   * first point's {@code - id: p1} (key at column 9, value at 13), line 12 its {@code any}.
   */
  static String scenario(String id) {
    return String.join(
        "\n",
        "id: " + id,
        "title: Title of " + id,
        "topic: testing",
        "levels:",
        "  L6:",
        "    prompt: What would you do?",
        "    minutes: 10",
        "    rubric:",
        "      - id: p1",
        "        point: Point one",
        "        dimension: design",
        "        any: [a1, a2, a3]",
        "      - id: p2",
        "        point: Point two",
        "        dimension: design",
        "        any: [b1, b2, b3]",
        "    model_answer: A strong answer.",
        "");
  }

  /** {@link #scenario} with line {@code line} (1-based) replaced by {@code replacement}. */
  static String withLine(String id, int line, String replacement) {
    List<String> lines = new java.util.ArrayList<>(List.of(scenario(id).split("\n", -1)));
    lines.set(line - 1, replacement);
    return String.join("\n", lines);
  }

  static Path write(Path dir, String rel, String text) {
    return write(dir, rel, text.getBytes(StandardCharsets.UTF_8));
  }

  static Path write(Path dir, String rel, byte[] bytes) {
    try {
      Path file = dir.resolve(rel);
      Files.createDirectories(file.getParent());
      return Files.write(file, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A fixture bank folder under {@code src/test/resources/banks/}. */
  static Path resource(String name) {
    try {
      return Path.of(BankFixtures.class.getResource("/banks/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Copies the fixture bank {@code name} into {@code dir}, for tests that edit a copy. */
  public static void copy(String name, Path dir) throws java.io.IOException {
    Path from = resource(name);
    try (java.util.stream.Stream<Path> files = java.nio.file.Files.walk(from)) {
      for (Path f : files.filter(java.nio.file.Files::isRegularFile).toList()) {
        write(dir, from.relativize(f).toString(), java.nio.file.Files.readAllBytes(f));
      }
    }
  }

  /** The problems of {@code result} as printed, for compact assertions. */
  static List<String> lines(LoadResult result) {
    return result.problems().stream().map(Problem::toString).toList();
  }
}
