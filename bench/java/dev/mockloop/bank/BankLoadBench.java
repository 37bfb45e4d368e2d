package dev.mockloop.bank;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.mockloop.Medians;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Loads a generated bank of N scenarios with full validation, side by side with the baseline: a
 * bare YAML token scan of the same files by Jackson (read from disk each time).
 */
public final class BankLoadBench {
  private BankLoadBench() {}

  public static void main(String[] args) throws IOException {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    Path dir = Files.createTempDirectory("mockloop-bank-bench");
    GeneratedBank.write(dir, n);
    List<Path> files;
    try (Stream<Path> walk = Files.walk(dir)) {
      files = walk.filter(Files::isRegularFile).toList();
    }
    YAMLFactory factory = new YAMLFactory();
    long[] t =
        Medians.sideBySide(
            runs,
            () -> {
              LoadResult r = BankLoader.load(dir);
              if (r.bank().scenarios().size() != n || r.hasErrors()) {
                throw new IllegalStateException("generated bank did not load: " + r.problems());
              }
            },
            () -> scan(factory, files));
    Medians.report("bank load, " + n + " scenarios", t[0] / 1e6, t[1] / 1e6, "ms");
  }

  private static void scan(YAMLFactory factory, List<Path> files) {
    try {
      for (Path p : files) {
        try (JsonParser parser = factory.createParser(Files.readString(p))) {
          while (parser.nextToken() != null) {
            // count nothing: the baseline is the parse itself
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
