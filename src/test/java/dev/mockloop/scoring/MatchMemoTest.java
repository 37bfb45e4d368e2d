package dev.mockloop.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mockloop.bank.Glossary;
import dev.mockloop.bank.Level;
import dev.mockloop.bank.Scenario;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * The per-thread memo of spans and positions ({@link PhraseSpans.Memo}) and the int-array term
 * index must give the same matches as scoring each answer alone: answers interleaved on one thread,
 * several threads at once, and typo matches through the index.
 */
class MatchMemoTest {
  private static final TextAnalyzer ANALYZER =
      new TextAnalyzer(Glossary.EMPTY, TextAnalyzer.Stemmer.PORTER);
  private static final CompiledRubric RUBRIC = new CompiledRubric(Fixtures.L6_RUBRIC, ANALYZER);

  private static final String SHARDED =
      "Pick a high-cardinality partition key and put DAX in front for single-digit millisecond"
          + " reads; a GSI covers the second access pattern.";
  private static final String PRICED =
      "On-demand capacity keeps the cost per month low, and multi-AZ gives 99.99% with no single"
          + " point of failure. No joins, so we list the access patterns up front.";

  private static List<PointResult> alone(String answer) {
    return new RubricMatcher(new AnalyzedAnswer(answer, ANALYZER)).match(RUBRIC).points();
  }

  private static List<String> covered(List<PointResult> points) {
    return points.stream().filter(PointResult::covered).map(PointResult::id).toList();
  }

  @Test
  void answersInterleavedOnOneThreadDoNotSeeEachOthersMatches() {
    List<PointResult> sharded = alone(SHARDED);
    List<PointResult> priced = alone(PRICED);
    assertThat(covered(sharded)).contains("partition-key", "dax-cache", "gsi", "latency-fit");
    assertThat(covered(priced)).contains("cost", "availability", "query-limits");

    RubricMatcher first = new RubricMatcher(new AnalyzedAnswer(SHARDED, ANALYZER));
    RubricMatcher second = new RubricMatcher(new AnalyzedAnswer(PRICED, ANALYZER));
    // the second matcher fills the thread's memo before the first one asks, and back again
    assertThat(second.match(RUBRIC).points()).isEqualTo(priced);
    assertThat(first.match(RUBRIC).points()).isEqualTo(sharded);
    assertThat(second.match(RUBRIC).points()).isEqualTo(priced);
  }

  @Test
  void aTypoStillFindsItsWordThroughTheIndex() {
    List<PointResult> points = alone("We would pick a good partiton key for the table.");
    PointResult key =
        points.stream().filter(p -> p.id().equals("partition-key")).findFirst().orElseThrow();
    assertThat(key.covered()).isTrue();
    assertThat(key.evidence()).extracting(Evidence::text).containsExactly("partiton key");
  }

  @Test
  void threadsScoringAtOnceGetTheCardsOfScoringInTurn() throws Exception {
    Scenario scenario = Fixtures.scenario();
    Scorer scorer = new Scorer(Glossary.EMPTY);
    List<String> answers = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      answers.add(i % 2 == 0 ? SHARDED + " Run " + i + "." : PRICED + " Run " + i + ".");
    }
    List<ScoreCard> inTurn = new ArrayList<>();
    for (String a : answers) {
      inTurn.add(scorer.scoreMain(a, scenario, Level.L6));
    }
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<ScoreCard>> cards = new ArrayList<>();
      for (String a : answers) {
        cards.add(pool.submit(() -> scorer.scoreMain(a, scenario, Level.L6)));
      }
      for (int i = 0; i < answers.size(); i++) {
        assertThat(cards.get(i).get()).isEqualTo(inTurn.get(i));
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
