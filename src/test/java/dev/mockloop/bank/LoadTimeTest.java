package dev.mockloop.bank;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Loads a generated bank (each scenario two levels of 9 points and 2 follow-ups, about 9 KB).
 * The machine is shared, so the check is relative: a full load with validation must cost less
 * than eight times a bare token scan of the same files by the YAML parser, in the same JVM
 * (about 1.3 to 3 times is typical). The
 * suite uses 400 scenarios to stay quick; the benchmark size is 2,000:
 * {@code mvn -o test -Dtest=LoadTimeTest -Dmockloop.loadtest.scenarios=2000}. The figures are
 * printed to the test's output file.
 */
class LoadTimeTest {
  private static final int SCENARIOS = Integer.getInteger("mockloop.loadtest.scenarios", 400);

  @TempDir Path dir;

  @Test
  void loadCostsLittleMoreThanParsing() throws IOException {
    GeneratedBank.write(dir, SCENARIOS);
    List<String> texts = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.filter(Files::isRegularFile).toList()) {
        texts.add(Files.readString(p));
      }
    }
    long load = Long.MAX_VALUE;
    long scan = Long.MAX_VALUE;
    LoadResult result = null;
    for (int i = 0; i < 3; i++) {
      long start = System.nanoTime();
      result = BankLoader.load(dir);
      load = Math.min(load, System.nanoTime() - start);
      start = System.nanoTime();
      scanTokens(texts);
      scan = Math.min(scan, System.nanoTime() - start);
    }
    System.out.printf("loaded %d scenarios in %d ms (bare token scan: %d ms)%n",
        SCENARIOS, load / 1_000_000, scan / 1_000_000);
    assertThat(result.problems()).isEmpty();
    assertThat(result.bank().scenarios()).hasSize(SCENARIOS);
    // generous: the machine is shared and GC varies; this catches blow-ups (say, a check that
    // went quadratic), not small regressions
    assertThat(load).isLessThan(8 * scan);
  }

  private static void scanTokens(List<String> texts) throws IOException {
    YAMLFactory factory = new YAMLFactory();
    for (String text : texts) {
      try (JsonParser p = factory.createParser(new StringReader(text))) {
        while (p.nextToken() != null) {
          p.currentTokenLocation();
        }
      }
    }
  }
}
