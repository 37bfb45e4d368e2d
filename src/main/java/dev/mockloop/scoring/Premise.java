package dev.mockloop.scoring;

import dev.mockloop.bank.RubricPoint;
import java.util.List;
import java.util.function.Function;

/**
 * Whether a story is about the situation its question asks for ({@code premise:} of a behavioural
 * level, docs/question-format.md). The guide grades "a good story that answers a different
 * question" at most 2, and nothing in a rubric's generic points (a situation, own actions, a result
 * with numbers, a reflection) tells a prepared story reused for another question from one that
 * fits: the L6 blind stories that answered a neighbouring question scored 74-93. The premise's
 * words are taken as written, negated or echoed: "they had stopped trusting us" is a story about
 * lost trust, and saying the question's own words is how a candidate ties a story to it.
 */
final class Premise {
  private final Function<List<RubricPoint>, CompiledRubric> compiled;

  /** The one-point rubric of each premise, made once so the compiled rubric is cached by it. */
  private final IdentityCache<RubricPoint, List<RubricPoint>> rubrics;

  Premise(Function<List<RubricPoint>, CompiledRubric> compiled, int cacheLimit) {
    this.compiled = compiled;
    this.rubrics = new IdentityCache<>(cacheLimit);
  }

  /** Whether the answer says, somewhere, what {@code premise} asks for. */
  boolean found(AnalyzedAnswer answer, RubricPoint premise) {
    CompiledRubric rubric = compiled.apply(rubrics.get(premise, List::of));
    return RubricMatcher.literal(answer).match(rubric).points().get(0).covered();
  }
}
