package dev.mockloop.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mockloop.bank.Glossary;
import dev.mockloop.bank.RubricPoint;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Term numbers ({@link Lexicon}) must never change a match: an answer analysed before the rubric or
 * set that brings a new term matches as one analysed after it, and the packed look-up table gives
 * the same numbers as the map it copies, for short, long and unpackable terms.
 */
class LexiconTest {
  private static final TextAnalyzer ANALYZER =
      new TextAnalyzer(Glossary.EMPTY, TextAnalyzer.Stemmer.NONE);

  /** A word no other test or bank can have given a number yet. */
  private static String fresh() {
    return "zq" + UUID.randomUUID().toString().replace("-", "").replaceAll("[0-9]", "x");
  }

  private static List<PointResult> match(AnalyzedAnswer answer, CompiledRubric rubric) {
    return new RubricMatcher(answer).match(rubric).points();
  }

  @Test
  void anAnswerAnalysedBeforeItsRubricMatchesAsOneAnalysedAfter() {
    String word = fresh();
    String answer = "We would put the " + word + " widget in front of every read.";
    AnalyzedAnswer before = new AnalyzedAnswer(answer, ANALYZER);
    assertThat(Lexicon.find(word)).isEqualTo(-1);
    RubricPoint point =
        new RubricPoint("p", "Uses the thing.", "design", 3, List.of(word + " widget"), "");
    CompiledRubric rubric = new CompiledRubric(List.of(point), ANALYZER);
    AnalyzedAnswer after = new AnalyzedAnswer(answer, ANALYZER);

    assertThat(match(before, rubric)).isEqualTo(match(after, rubric));
    assertThat(match(before, rubric).get(0).covered()).isTrue();
  }

  @Test
  void aSetMadeAfterTheAnswerStillFindsTheAnswersTerm() {
    String word = fresh();
    AnalyzedAnswer answer = new AnalyzedAnswer("The " + word + " is the heart of it.", ANALYZER);
    TermBits topic = TermBits.of(Set.of(word));
    int token = 1; // "the" is 0
    assertThat(topic.contains(answer.termIds(topic.limit)[token])).isTrue();
    assertThat(topic.contains(Lexicon.find("heart"))).isFalse();
  }

  @Test
  void thePackedTableGivesTheMapsNumbers() {
    Map<String, Integer> ids = new HashMap<>();
    List<String> terms =
        List.of(
            "a",
            "lock",
            "abcdefghijkl",
            "abcdefghijklm",
            "partitionkeydesign",
            "caf\u00e9",
            "\u65e5",
            "x\uffffy",
            "syn_12",
            "100000");
    for (String t : terms) {
      ids.put(t, ids.size());
    }
    LexiconTable table = LexiconTable.of(ids, ids.size());
    for (String t : terms) {
      assertThat(table.find(t)).as(t).isEqualTo(ids.get(t));
    }
    assertThat(table.find("abcdefghijk")).isEqualTo(-1);
    assertThat(table.find("abcdefghijklmn")).isEqualTo(-1);
    assertThat(table.find("loc")).isEqualTo(-1);
    assertThat(table.find("")).isEqualTo(-1);
    // a number not below the table's size is left out
    assertThat(LexiconTable.of(ids, 1).find("lock")).isEqualTo(-1);
  }

  @Test
  void pairsAndTrigramsAreDistinctKeys() {
    LongSet set = LongSet.of(new long[] {LongSet.pair(0, 0), LongSet.pair(3, 4)}, 2);
    assertThat(set.contains(LongSet.pair(0, 0))).isTrue();
    assertThat(set.contains(LongSet.pair(4, 3))).isFalse();
    assertThat(LongSet.trigram(1, 2, LongSet.TRIGRAM_IDS)).isEqualTo(-1);
    assertThat(LongSet.trigram(1, 2, 3)).isNotEqualTo(LongSet.trigram(3, 2, 1));
  }
}
