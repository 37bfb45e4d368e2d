package dev.mockloop.bank;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The {@code kind} and {@code principle} fields of a question file, and the checks that only
 * behavioural questions get: the principle is required and listed in levels.yaml, and each level's
 * rubric uses the core behavioural dimensions.
 */
final class KindFields {
  /** The behavioural dimensions every level's main rubric should use. */
  static final List<String> CORE = List.of("situation", "action", "result", "principle");

  private KindFields() {}

  /**
   * Reads {@code kind} (default design) and records it in the context; a misspelt kind is reported
   * and its nearest word is used for the file's further checks.
   */
  static QuestionKind kind(FileContext ctx, Fields f) {
    String text = f.text("kind", false);
    if (text == null) {
      return QuestionKind.DESIGN;
    }
    QuestionKind kind = QuestionKind.parse(text).orElse(null);
    if (kind == null) {
      ctx.error(
          f.node("kind", false),
          "unknown kind '"
              + text
              + "'"
              + Suggest.didYouMean(text, QuestionKind.words())
              + "; use 'behavioral' for a Leadership Principle question, or leave it out for a"
              + " design scenario");
      kind =
          Suggest.nearest(text, QuestionKind.words())
              .flatMap(QuestionKind::parse)
              .orElse(QuestionKind.DESIGN);
    }
    ctx.kind(kind);
    return kind;
  }

  /** Reads {@code principle}: required and known for behavioural questions, refused otherwise. */
  static String principle(FileContext ctx, Fields f, QuestionKind kind) {
    boolean behavioral = kind == QuestionKind.BEHAVIORAL;
    String principle = f.text("principle", false);
    if (!behavioral) {
      if (principle != null) {
        ctx.error(
            f.keyOr("principle"),
            "'principle' is only for behavioural questions: add"
                + " 'kind: behavioral', or tag the rubric points that evidence it with 'lp:'");
      }
      return "";
    }
    Map<String, String> listed = ctx.guide().principles();
    if (principle == null) {
      ctx.error(
          f.keyOr("principle"),
          "required field 'principle' is missing in the behavioural question; name the"
              + " Leadership Principle it asks about"
              + (listed.isEmpty() ? "" : ", one of: " + String.join(", ", listed.keySet())));
      return null;
    }
    if (!listed.isEmpty() && !listed.containsKey(principle)) {
      ctx.error(
          f.node("principle", false),
          "unknown Leadership Principle '"
              + principle
              + "'"
              + Suggest.didYouMean(principle, listed.keySet())
              + "; the principles are listed in "
              + "levels.yaml");
      return null;
    }
    return principle;
  }

  /** Warns when a behavioural level's main rubric leaves out a core dimension. */
  static void checkCore(
      FileContext ctx, YamlNode.Scalar levelKey, Level level, List<RubricPoint> rubric) {
    if (ctx.kind() != QuestionKind.BEHAVIORAL
        || rubric.isEmpty()
        || ctx.guide().behavioral().isEmpty()) {
      return;
    }
    Set<String> missing = new TreeSet<>(CORE);
    rubric.forEach(p -> missing.remove(p.dimension()));
    missing.retainAll(ctx.guide().behavioral().keySet());
    if (!missing.isEmpty()) {
      ctx.warning(
          levelKey,
          "the "
              + level
              + " rubric has no point on "
              + String.join(", ", missing)
              + "; a behavioural rubric rewards the situation, the candidate's own actions, the"
              + " result and the principle's signals");
    }
  }
}
