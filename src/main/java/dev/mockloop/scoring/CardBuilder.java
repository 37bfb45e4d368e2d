package dev.mockloop.scoring;

import dev.mockloop.bank.Level;
import dev.mockloop.bank.RubricPoint;
import dev.mockloop.bank.Scenario;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Builds an answer's score card once its rubric is matched: the non-keyword signals (with the
 * scenario's topic terms, computed once per scenario), the pasted-rubric share, the buzzword share,
 * a behavioural answer's story, the formula's inputs and total, and the flags.
 */
final class CardBuilder {
  private final TextAnalyzer analyzer;
  private final Function<List<RubricPoint>, CompiledRubric> compiled;
  private final IdentityCache<Scenario, TermBits> topics;
  private final Function<Scenario, TermBits> topicTerms;
  private final Premise premise;

  CardBuilder(
      TextAnalyzer analyzer, Function<List<RubricPoint>, CompiledRubric> compiled, int cacheLimit) {
    this.analyzer = analyzer;
    this.compiled = compiled;
    this.topics = new IdentityCache<>(cacheLimit);
    this.topicTerms = s -> ScenarioTerms.terms(s, analyzer); // made once, not per card
    this.premise = new Premise(compiled, cacheLimit);
  }

  /** What the question asks a story to be about when this main answer never says it, or null. */
  private String offQuestion(AnalyzedAnswer analyzed, Scenario scenario, Level level) {
    var spec = scenario.levels().get(level);
    RubricPoint asked = spec == null ? null : spec.premise();
    return asked == null || premise.found(analyzed, asked) ? null : asked.point();
  }

  private static int lateChar(AnalyzedAnswer a) {
    int from = StoryOutcome.lateFrom(a.words);
    return from < a.words.size() ? a.words.get(from).start() : 0;
  }

  Scorer.Scored card(
      AnalyzedAnswer analyzed,
      Scenario scenario,
      List<RubricPoint> rubric,
      RubricMatcher.Outcome outcome,
      double otherCoverage,
      LevelRead read,
      Asked asked,
      Level level) {
    boolean followUp = asked != Asked.MAIN;
    TermBits topic = topics.get(scenario, topicTerms);
    int[] terms = ScenarioTerms.sharedAndContent(analyzed, topic);
    Signals signals =
        SignalReader.read(analyzed, terms[0], !scenario.behavioral(), terms[1], terms[2]);
    double pasted = PastedText.share(analyzed, compiled.apply(rubric));
    int dismissed =
        (int) outcome.points().stream().filter(p -> !p.covered() && !p.negated().isEmpty()).count();
    double buzz =
        signals.words() == 0
            ? 0
            : (double) Vocabulary.BUZZWORDS.find(analyzed.words).size() / signals.words();
    Story story = scenario.behavioral() ? StoryReader.read(analyzed) : null;
    StoryScope scope =
        story != null && asked == Asked.MAIN && level == Level.L7
            ? StoryScope.read(analyzed.words)
            : null;
    List<Flag> storyFailures =
        story == null
            ? null
            : StoryFlags.failures(
                story,
                outcome.points(),
                asked,
                signals.words() == 0,
                lateChar(analyzed),
                scope != null && scope.small(),
                asked == Asked.MAIN ? offQuestion(analyzed, scenario, level) : null);
    ScoreFormula.Inputs in =
        new ScoreFormula.Inputs(
            outcome.coverage(),
            otherCoverage,
            signals,
            pasted,
            followUp,
            buzz,
            dismissed,
            storyFailures == null
                ? ScoreFormula.Inputs.NOT_A_STORY
                : StoryFlags.weight(storyFailures),
            story == null ? 0 : story.told(),
            story == null ? 0 : Narration.count(analyzed),
            ListGuard.listedShare(outcome.points()),
            scope == null ? ScoreFormula.Inputs.NO_SCOPE : scope.score());
    List<Flag> flags = new ArrayList<>(ScoreFlags.of(in));
    if (storyFailures != null) {
      flags = StoryFlags.adjust(flags, storyFailures);
    }
    Flag mismatch = read == null ? null : read.mismatchFlag();
    if (mismatch != null) {
      flags.add(mismatch);
    }
    return new Scorer.Scored(
        new ScoreCard(
            StoryFlags.capped(ScoreFormula.score(in), storyFailures),
            outcome.points(),
            DimensionScore.of(outcome.points()),
            signals,
            flags,
            read),
        in);
  }
}
