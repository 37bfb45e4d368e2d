package dev.mockloop.bank;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mockloop.testing.RandomInputs;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Whatever a file holds, loading never throws: every outcome is a bank plus located problems in
 * plain words. Inputs are the valid fixture scenario with random edits in YAML's own alphabet,
 * which reach far more parser and validator paths than random bytes would, and the same file with
 * random byte deletions, insertions, duplications and flips.
 */
class LoaderRobustnessTest {
  private static final String ALPHABET = " \n\t:-[]{}&*!|>'\"#,?%@`aZ09_.~\u00e9";

  @Test
  void mutatedFilesNeverBreakTheLoader() throws IOException {
    for (long seed = 1; seed <= 300; seed++) {
      Random r = new Random(seed);
      StringBuilder text = new StringBuilder(BankFixtures.scenario("s"));
      int edits = 1 + r.nextInt(4);
      for (int i = 0; i < edits; i++) {
        int at = Math.min(r.nextInt(401), text.length());
        int end = Math.min(at + r.nextInt(7), text.length());
        text.replace(at, end, RandomInputs.of(r, ALPHABET, 4));
      }
      byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
      check(bytes, "seed " + seed + ": file " + RandomInputs.show(text.toString()));
    }
  }

  @Test
  void byteMutatedFilesNeverBreakTheLoader() throws IOException {
    byte[] original = BankFixtures.scenario("s").getBytes(StandardCharsets.UTF_8);
    for (long seed = 1; seed <= 200; seed++) {
      byte[] bytes = RandomInputs.mutate(new Random(seed), original, 6);
      check(
          bytes,
          "seed "
              + seed
              + ": file "
              + RandomInputs.show(new String(bytes, StandardCharsets.ISO_8859_1)));
    }
  }

  private static void check(byte[] bytes, String input) throws IOException {
    Path dir = Files.createTempDirectory("mutated");
    try {
      Files.write(dir.resolve("s.yaml"), bytes);
      LoadResult result = BankLoader.load(dir);
      for (Problem p : result.problems()) {
        assertThat(p.file()).as(input).startsWith(dir.toString());
        assertThat(p.message())
            .as(input)
            .doesNotContain("org.yaml")
            .doesNotContain("Exception")
            .doesNotContain("could not check this file");
      }
      assertThat(result.hasErrors() || result.bank().scenarios().size() == 1).as(input).isTrue();
    } catch (RuntimeException e) {
      throw new AssertionError(input, e);
    } finally {
      try (Stream<Path> walk = Files.walk(dir)) {
        walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }
}
