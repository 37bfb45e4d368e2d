package dev.mockloop.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mockloop.bank.Level;
import dev.mockloop.testing.RandomInputs;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Evidence spans are UTF-16 offsets into the original answer, end exclusive. */
class EvidenceOffsetsTest {
  private static final Scorer SCORER = new Scorer(Fixtures.shippedGlossary());

  private static List<Evidence> evidence(String answer) {
    return SCORER.scoreMain(answer, Fixtures.scenario(), Level.L6).points().stream()
        .flatMap(p -> p.evidence().stream())
        .toList();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "Line one.\r\nThen ",
        "\tindented\t",
        "🚀🔥 emoji first 👩‍💻 ",
        "数据库选择：",
        "Ünïcödé — dashes – “quotes” ",
        "e\u0301 combining "
      })
  void spansPointAtTheMatchedWordsWhateverComesBefore(String prefix) {
    String answer = prefix + "Pick the partition key\r\nand add DAX 🙂 then a GSI\tnow.";
    List<Evidence> found = evidence(answer);
    assertThat(found)
        .extracting(Evidence::text)
        .containsExactlyInAnyOrder("partition key", "DAX", "GSI");
    for (Evidence e : found) {
      assertThat(answer.substring(e.start(), e.end())).isEqualTo(e.text());
    }
    Evidence pk =
        found.stream().filter(e -> e.text().equals("partition key")).findFirst().orElseThrow();
    assertThat(pk.start()).isEqualTo(prefix.length() + "Pick the ".length());
  }

  @Test
  void multiWordSynonymSpansTheWholeWrittenPhrase() {
    String answer = "🚀 Our 99th\tpercentile target is 10ms.";
    Evidence e = evidence(answer).get(0);
    assertThat(e.text()).isEqualTo("99th\tpercentile");
    assertThat(e.start()).isEqualTo(answer.indexOf("99th"));
  }

  @Test
  void numberSpansCoverTheNumberAsWritten() {
    String answer = "Peak is 100 thousand QPS.";
    Evidence e = evidence(answer).get(0);
    assertThat(e.text()).isEqualTo("100 thousand QPS");
  }

  @Test
  void spansAreAlwaysInsideTheAnswerAndMatchItsText() {
    for (long seed = 1; seed <= 300; seed++) {
      Random r = new Random(seed);
      String before = RandomInputs.anyChars(r, 60);
      String after = RandomInputs.anyChars(r, 60);
      String answer = before + " partition key and DAX " + after;
      String input = "seed " + seed + ": answer " + RandomInputs.show(answer);
      for (Evidence e : evidence(answer)) {
        assertThat(e.start()).as(input).isBetween(0, answer.length());
        assertThat(e.end()).as(input).isBetween(e.start(), answer.length());
        assertThat(answer.substring(e.start(), e.end())).as(input).isEqualTo(e.text());
      }
    }
  }

  @Test
  void scoringIsThreadSafe() throws Exception {
    List<String> answers =
        List.of(
            ScorerTest.PARTIAL_PROSE,
            ScorerTest.KEYWORD_LIST,
            "I would not use DynamoDB or DAX.",
            "Our 99th percentile is 4 ms with a partiton key.");
    List<ScoreCard> expected =
        answers.stream().map(a -> SCORER.scoreMain(a, Fixtures.scenario(), Level.L6)).toList();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Boolean>> runs = new java.util.ArrayList<>();
      for (int r = 0; r < 200; r++) {
        int i = r % answers.size();
        runs.add(
            pool.submit(
                () ->
                    SCORER
                        .scoreMain(answers.get(i), Fixtures.scenario(), Level.L6)
                        .equals(expected.get(i))));
      }
      for (Future<Boolean> f : runs) {
        assertThat(f.get()).isTrue();
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
