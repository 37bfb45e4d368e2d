package dev.mockloop.scoring;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * English words of {@value Fuzzy#MIN_LENGTH} letters or more, spelled the same in American and
 * British English (SCOWL's lists as Debian ships them in wamerican and wbritish; notice in
 * words-COPYING.txt). An answer's word that is one of them is what the candidate meant, not a typo,
 * so typo matching leaves it alone: "leaving" never earns "leaking", nor "multiplex" "multiplied".
 * Words spelled differently in the two (optimise, behaviour) are left out, so they still match the
 * other spelling within a typo.
 */
final class RealWords {
  private static final String RESOURCE = "words.txt.gz";

  private RealWords() {}

  private static final class Holder {
    static final Set<String> WORDS = load();
  }

  /** Whether {@code word} (lower case) is a real word typo matching must not change. */
  static boolean contains(String word) {
    return word.length() >= Fuzzy.MIN_LENGTH && Holder.WORDS.contains(word);
  }

  private static Set<String> load() {
    Set<String> words = new HashSet<>(80_000);
    try (InputStream in = RealWords.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      try (BufferedReader r =
          new BufferedReader(
              new InputStreamReader(new GZIPInputStream(in, 1 << 16), StandardCharsets.US_ASCII))) {
        for (String line = r.readLine(); line != null; line = r.readLine()) {
          words.add(line);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return words;
  }
}
