package dev.mockloop.scoring;

import dev.mockloop.bank.FollowUp;
import dev.mockloop.bank.Glossary;
import dev.mockloop.bank.Level;
import dev.mockloop.bank.LevelSpec;
import dev.mockloop.bank.RubricPoint;
import dev.mockloop.bank.Scenario;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The rubric scorer: one analysis chain (built once from the bank's glossary) for answers and
 * rubric phrases, phrase matching with slack, typo tolerance and negation, non-keyword signals, and
 * a guard against keyword lists and pasted rubric text. Thread-safe; rubrics are compiled once and
 * cached.
 */
public final class Scorer implements AnswerScorer {
  private static final int CACHE_LIMIT = 4096;

  private final TextAnalyzer analyzer;
  private final IdentityCache<List<RubricPoint>, CompiledRubric> rubrics =
      new IdentityCache<>(CACHE_LIMIT);
  private final CardBuilder cards;
  private final java.util.function.Function<List<RubricPoint>, CompiledRubric> compile;

  /** Per level, its follow-ups' when_said phrases as a rubric (one point per follow-up). */
  private final IdentityCache<LevelSpec, List<RubricPoint>> probes =
      new IdentityCache<>(CACHE_LIMIT);

  private final Map<List<String>, QuestionEcho> questions = new ConcurrentHashMap<>();

  public Scorer(Glossary glossary) {
    this(glossary, TextAnalyzer.Stemmer.PORTER);
  }

  Scorer(Glossary glossary, TextAnalyzer.Stemmer stemmer) {
    this.analyzer = new TextAnalyzer(glossary == null ? Glossary.EMPTY : glossary, stemmer);
    this.cards = new CardBuilder(analyzer, this::compiled, CACHE_LIMIT);
    this.compile = r -> new CompiledRubric(r, analyzer); // made once, not per look-up
  }

  /**
   * A card with the formula inputs it was computed from. Package-private: only measurement
   * harnesses under src/test use it, to recompute the total with extra credits
   * (docs/embeddings-measurement.md).
   */
  record Scored(ScoreCard card, ScoreFormula.Inputs inputs) {}

  /**
   * Runs one answer through and loads what scoring otherwise reads on first need (the real-word
   * list of typo matching, about 35 ms), so the user's first submit does not wait for them.
   */
  public void warmUp(Scenario scenario, Level level) {
    RealWords.contains("warmup");
    scoreMain("warm up", scenario, level);
  }

  @Override
  public ScoreCard scoreMain(String answer, Scenario scenario, Level level) {
    return scoredMain(answer, scenario, level).card();
  }

  @Override
  public ScoreCard scoreFollowUp(String answer, Scenario scenario, Level level, FollowUp followUp) {
    return scoredFollowUp(answer, scenario, level, followUp).card();
  }

  Scored scoredMain(String answer, Scenario scenario, Level level) {
    LevelSpec spec = spec(scenario, level);
    QuestionEcho q = question(spec.prompt(), spec.context());
    AnalyzedAnswer analyzed =
        new AnalyzedAnswer(Objects.requireNonNull(answer, "answer"), analyzer, q);
    RubricMatcher matcher = new RubricMatcher(analyzed);
    RubricMatcher.Outcome asked = matcher.match(compiled(spec.rubric()));
    LevelRead read = null;
    double otherCoverage = 0;
    LevelSpec otherSpec = scenario.level(level.other());
    if (otherSpec != null) {
      RubricMatcher.Outcome other = matcher.match(compiled(otherSpec.rubric()));
      read = LevelRead.of(level, asked, other);
      otherCoverage = other.coverage();
    }
    Scored scored =
        cards.card(
            analyzed, scenario, spec.rubric(), asked, otherCoverage, read, Asked.MAIN, level);
    List<Said> said = said(matcher, spec);
    return said.isEmpty() ? scored : new Scored(scored.card().withSaid(said), scored.inputs());
  }

  /** The follow-ups whose when_said phrases the answer says, with the scorer's evidence. */
  private List<Said> said(RubricMatcher matcher, LevelSpec spec) {
    List<RubricPoint> rubric = probes.get(spec, Scorer::whenSaidRubric);
    if (rubric.isEmpty() || !compiled(rubric).mayCover(matcher.answer())) {
      return List.of(); // none of the follow-ups' phrases can be said (most answers)
    }
    return matcher.match(compiled(rubric)).points().stream()
        .filter(p -> p.covered() && !p.evidence().isEmpty())
        .map(p -> new Said(p.id(), p.evidence().get(0)))
        .toList();
  }

  private static List<RubricPoint> whenSaidRubric(LevelSpec s) {
    return s.followUps().stream()
        .filter(f -> !f.whenSaid().phrases().isEmpty())
        .map(f -> new RubricPoint(f.id(), f.ask(), "general", 1, f.whenSaid().phrases(), ""))
        .toList();
  }

  Scored scoredFollowUp(String answer, Scenario scenario, Level level, FollowUp followUp) {
    LevelSpec spec = spec(scenario, level);
    Objects.requireNonNull(followUp, "followUp");
    AnalyzedAnswer analyzed =
        new AnalyzedAnswer(
            Objects.requireNonNull(answer, "answer"), analyzer, question(followUp.ask()));
    RubricMatcher.Outcome outcome =
        new RubricMatcher(
                analyzed,
                // a design follow-up's quantity points need a number of the answer's own
                scenario.behavioral() ? null : question(spec.prompt(), spec.context()))
            .match(compiled(followUp.rubric()));
    // a story follow-up that asks what happened: what one would do does not count
    outcome = WhatHappened.counted(analyzed, outcome, scenario.behavioral(), followUp.ask());
    return cards.card(
        analyzed,
        scenario,
        followUp.rubric(),
        outcome,
        0,
        null,
        StoryReader.asksWhatHappened(followUp.ask()) ? Asked.WHAT_HAPPENED : Asked.FOLLOW_UP,
        level);
  }

  /**
   * The points of a rubric that the question's own text would cover if it were the answer, with
   * nothing marked as restated: phrases and concept groups a candidate could earn by reading the
   * question back (numbers the question gave never count, so they are left out). {@code followUp}
   * null means the level's main rubric (prompt and context); otherwise the follow-up's rubric
   * against its question.
   */
  public List<PointResult> restatable(Scenario scenario, Level level, FollowUp followUp) {
    LevelSpec spec = spec(scenario, level);
    String text = followUp == null ? spec.prompt() + "\n\n" + spec.context() : followUp.ask();
    List<RubricPoint> rubric = followUp == null ? spec.rubric() : followUp.rubric();
    AnalyzedAnswer analyzed =
        new AnalyzedAnswer(text, analyzer, QuestionEcho.of(analyzer, text).numbersOnly());
    return new RubricMatcher(analyzed)
        .match(compiled(rubric)).points().stream().filter(PointResult::covered).toList();
  }

  /**
   * The follow-ups whose {@code when_said} phrases the level's own prompt and context say, read as
   * an answer with nothing marked as restated: a candidate who only restates the question would
   * trigger them (for `questions validate`).
   */
  public List<Said> saidByQuestion(Scenario scenario, Level level) {
    LevelSpec spec = spec(scenario, level);
    String text = spec.prompt() + "\n\n" + spec.context();
    AnalyzedAnswer analyzed =
        new AnalyzedAnswer(text, analyzer, QuestionEcho.of(analyzer, text).numbersOnly());
    return said(new RubricMatcher(analyzed), spec);
  }

  /** {@code sentence} read against a rubric's question, with the rubric ({@link PointCheck}). */
  PointCheck.Input checkInput(String sentence, Scenario scenario, Level level, FollowUp followUp) {
    LevelSpec spec = spec(scenario, level);
    QuestionEcho q =
        followUp == null ? question(spec.prompt(), spec.context()) : question(followUp.ask());
    List<RubricPoint> rubric = followUp == null ? spec.rubric() : followUp.rubric();
    return new PointCheck.Input(new AnalyzedAnswer(sentence, analyzer, q), compiled(rubric));
  }

  private static LevelSpec spec(Scenario scenario, Level level) {
    LevelSpec spec =
        Objects.requireNonNull(scenario, "scenario").level(Objects.requireNonNull(level, "level"));
    if (spec == null) {
      throw new IllegalArgumentException("scenario " + scenario.id() + " has no " + level);
    }
    return spec;
  }

  /** The question's words, analyzed once per question. */
  private QuestionEcho question(String... texts) {
    List<String> key = java.util.Arrays.stream(texts).map(t -> t == null ? "" : t).toList();
    if (questions.size() > CACHE_LIMIT) {
      questions.clear();
    }
    return questions.computeIfAbsent(key, k -> QuestionEcho.of(analyzer, texts));
  }

  private CompiledRubric compiled(List<RubricPoint> rubric) {
    return rubrics.get(rubric, compile);
  }
}
