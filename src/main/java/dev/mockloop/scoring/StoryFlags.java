package dev.mockloop.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The flags of a behavioural (Leadership Principle) answer: the classic failures a bar raiser
 * notes, each with a one-line fix. They replace the design flags that do not fit a story (no
 * recommendation, no trade-offs, design-style numbers). Each failure also scales the score down
 * ({@link ScoreFormula#storyGuard}).
 */
final class StoryFlags {
  /** Design flags that a story does not owe. */
  private static final Set<String> DESIGN_ONLY =
      Set.of("no-decision", "no-trade-offs", "no-numbers");

  /**
   * Plural first-person words from which "all we" is judged: five, since a story in notes ("Pulled
   * all 1,900 invoices...") leaves its "I" out and may still say "we" three or four times.
   */
  static final int WE_AT = 5;

  /**
   * A follow-up answer is a third the length of a story: from five "we" with at most one "I" for
   * every four, it answers for the team, not for oneself (the guide grades a follow-up on the
   * candidate's own actions). A strong follow-up that says "we" nine times also says "I" three;
   * from four "we", a strong answer about how the team disagreed fell under 45 (docs/scoring.md).
   */
  static final int WE_AT_FOLLOW_UP = 5;

  private StoryFlags() {}

  /** Failures that count twice in the story guard ({@link #weight}). */
  private static final Set<String> CAPPING =
      Set.of("hypothetical", "all-we", "no-result", "team-scope");

  /** A failure the story guard does not count: the concreteness guard already scales it. */
  private static final String THINNING = "no-numbers";

  /**
   * The failures as the story guard counts them, after the guide (docs/scoring.md): a hypothetical,
   * an all-"we" story and a story with no result count twice, since the guide caps them whatever
   * else the answer has (a hypothetical at 1, no own action or no result at 2); a story with no
   * numbers is "one part thin" (grade 3), which the concreteness guard already scales ({@link
   * ScoreFormula#concreteGuard}), so it does not count again. Measured on the behavioural blind
   * sets (docs/scoring.md, fourteenth session).
   */
  static int weight(List<Flag> failures) {
    int n = 0;
    for (Flag f : failures) {
      if (!f.code().equals(THINNING)) {
        n += CAPPING.contains(f.code()) ? 2 : 1;
      }
    }
    return n;
  }

  /**
   * Top scores of stories the guide grades at most 1 and 2: inside those bands ({@link
   * GradeBand#CUTS}) where they were measured (docs/scoring.md, "Story caps"); moved with the
   * refitted bands to 17 and 39 they cost the sealed fifth behavioural set 0.03-0.04 rho.
   */
  static final int VAGUE_CAP = 12;

  static final int PARTIAL_CAP = 30;

  /** The score a story with these failures can reach, whatever its coverage and depth. */
  static int capped(int score, List<Flag> failures) {
    if (failures == null) {
      return score;
    }
    int cap = 100;
    for (Flag f : failures) {
      cap = Math.min(cap, cap(f.code()));
    }
    return Math.min(score, cap);
  }

  /** The highest score a story with this failure can reach (100: no cap). */
  private static int cap(String code) {
    if (code.equals("hypothetical")) {
      return VAGUE_CAP;
    }
    return CAPPING.contains(code) ? PARTIAL_CAP : 100;
  }

  /** A failure's message with what it costs: the band the guide allows and its top score. */
  private static Flag capping(String code, String advice) {
    int top = cap(code);
    return new Flag(
        code,
        advice
            + " A story like this grades at most \""
            + GradeBand.of(top).name()
            + "\": the score stays under "
            + (top + 1)
            + ".");
  }

  /** The design flags a story does not owe dropped, and its failures added. */
  static List<Flag> adjust(List<Flag> flags, List<Flag> failures) {
    List<Flag> out = new ArrayList<>(flags);
    out.removeIf(f -> DESIGN_ONLY.contains(f.code()));
    out.addAll(failures);
    return out;
  }

  /**
   * The story failures of an answer (none for an empty one): for a main answer no result, no
   * numbers, all "we", a hypothetical, and at L7 a team-sized scope; for a follow-up all "we", and
   * a hypothetical when it asks what happened. The score scales down for each (ScoreFormula).
   */
  static List<Flag> failures(
      Story story,
      List<PointResult> points,
      Asked asked,
      boolean empty,
      int lateChar,
      boolean teamScope,
      String offQuestion) {
    List<Flag> out = new ArrayList<>();
    if (empty) {
      return out;
    }
    if (asked != Asked.MAIN) {
      if (story.plural() >= WE_AT_FOLLOW_UP && story.singular() * 4 <= story.plural()) {
        out.add(allWe(story));
      }
      if (asked == Asked.WHAT_HAPPENED) {
        hypothetical(story, out);
      }
      return out;
    }
    boolean resultCovered =
        points.stream()
            .anyMatch(
                p ->
                    p.covered()
                        && p.dimension().equals("result")
                        && p.evidence().stream().anyMatch(e -> e.start() >= lateChar));
    if (!story.outcome() && !resultCovered) {
      out.add(
          capping(
              "no-result",
              "No outcome stated: end with what happened because of what "
                  + "you did, e.g. \"pages went from 40 a week to 5\"."));
    }
    if (story.numbers() == 0) {
      out.add(
          new Flag(
              "no-numbers",
              "No numbers: quantify the stakes and the result, before "
                  + "and after (customers, hours, %, $)."));
    }
    if (story.plural() >= WE_AT && story.singular() * 3 <= story.plural()) {
      out.add(allWe(story));
    }
    hypothetical(story, out);
    if (offQuestion != null) {
      out.add(
          new Flag(
              "off-question",
              "This story may answer another question: this one asks for a story about "
                  + offQuestion.replaceAll("[.\\s]+$", "")
                  + ", and nothing in yours says so. Tell one that is, or say plainly how this"
                  + " one is."));
    }
    if (teamScope) {
      out.add(
          capping(
              "team-scope",
              "At L7 this reads as a team-sized story: name the teams or orgs you moved without"
                  + " authority, how long it ran (quarters, a year), and the mechanism that"
                  + " outlasted it."));
    }
    return out;
  }

  private static Flag allWe(Story story) {
    return capping(
        "all-we",
        "This is all \"we\" ("
            + story.plural()
            + ") and little "
            + "\"I\" ("
            + story.singular()
            + "): say what you yourself did and decided.");
  }

  private static void hypothetical(Story story, List<Flag> out) {
    if (story.hypothetical() >= 2 && story.real() < story.hypothetical()) {
      out.add(
          capping(
              "hypothetical",
              "This says what you would do, not what you did: tell one "
                  + "real situation, in the past tense (\"I pulled the logs...\")."));
    }
  }
}
