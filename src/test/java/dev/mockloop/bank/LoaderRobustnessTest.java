package dev.mockloop.bank;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * Whatever a file holds, loading never throws: every outcome is a bank plus located problems
 * in plain words. Inputs are the valid fixture scenario with random edits in YAML's own
 * alphabet, which reach far more parser and validator paths than random bytes would.
 */
class LoaderRobustnessTest {
  private static final String ALPHABET = " \n\t:-[]{}&*!|>'\"#,?%@`aZ09_.~\u00e9";

  @Property(tries = 300)
  void mutatedFilesNeverBreakTheLoader(@ForAll("edits") List<Tuple.Tuple3<Integer, Integer, String>> edits)
      throws IOException {
    StringBuilder text = new StringBuilder(BankFixtures.scenario("s"));
    for (var edit : edits) {
      int at = Math.min(edit.get1(), text.length());
      int end = Math.min(at + edit.get2(), text.length());
      text.replace(at, end, edit.get3());
    }
    Path dir = Files.createTempDirectory("mutated");
    try {
      Files.write(dir.resolve("s.yaml"), text.toString().getBytes(StandardCharsets.UTF_8));
      LoadResult result = BankLoader.load(dir);
      for (Problem p : result.problems()) {
        assertThat(p.file()).startsWith(dir.toString());
        assertThat(p.message()).doesNotContain("org.yaml").doesNotContain("Exception")
            .doesNotContain("could not check this file");
      }
      assertThat(result.hasErrors() || result.bank().scenarios().size() == 1).isTrue();
    } finally {
      try (Stream<Path> walk = Files.walk(dir)) {
        walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  @Provide
  Arbitrary<List<Tuple.Tuple3<Integer, Integer, String>>> edits() {
    Arbitrary<Integer> at = Arbitraries.integers().between(0, 400);
    Arbitrary<Integer> cut = Arbitraries.integers().between(0, 6);
    Arbitrary<String> insert = Arbitraries.strings().withChars(ALPHABET).ofMaxLength(4);
    return net.jqwik.api.Combinators.combine(at, cut, insert).as(Tuple::of).list().ofMinSize(1).ofMaxSize(4);
  }
}
