package dev.mockloop.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WordSetTest {
  private static List<String> words(Random random, int n) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      StringBuilder w = new StringBuilder();
      for (int k = 1 + random.nextInt(9); k > 0; k--) {
        w.append((char) ('a' + random.nextInt(26)));
      }
      out.add(w.toString());
    }
    return out;
  }

  @Test
  void findsEveryMemberAndNoOtherWord() {
    Random random = new Random(7);
    for (int size : new int[] {0, 1, 3, 12, 60, 700}) {
      List<String> members = words(random, size);
      WordSet set = WordSet.copyOf(members);
      for (String w : members) {
        // a new string, as an answer's words are: the look-up must not rely on identity
        assertThat(set.contains(new String(w.toCharArray()))).as(w).isTrue();
      }
      Set<String> in = new HashSet<>(members);
      for (String w : words(random, 5000)) {
        assertThat(set.contains(w)).as(w).isEqualTo(in.contains(w));
      }
      assertThat(set.size()).isEqualTo(in.size());
    }
  }

  @Test
  void unionHoldsEveryMemberOfEverySetAndNoOtherWord() {
    Random random = new Random(11);
    List<String> a = words(random, 40);
    List<String> b = words(random, 3);
    WordSet union = WordSet.union(WordSet.copyOf(a), WordSet.EMPTY, WordSet.copyOf(b));
    Set<String> in = new HashSet<>(a);
    in.addAll(b);
    for (String w : in) {
      assertThat(union.contains(w)).as(w).isTrue();
    }
    for (String w : words(random, 2000)) {
      assertThat(union.contains(w)).as(w).isEqualTo(in.contains(w));
    }
    assertThat(union.size()).isEqualTo(in.size());
  }
}
