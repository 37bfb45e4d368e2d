package dev.mockloop.scoring;

import java.math.BigDecimal;
import java.util.List;

/**
 * How far a story reaches, read from its words, for a question asked at L7: its breadth (teams or
 * organizations counted or named as others', "four orgs", "the partner teams", "every team";
 * leaders above a manager, "the VP", "three directors"; "org", "cross-team") and its length (a year
 * or more, quarters, six months or more: "eighteen months", "two quarters", "over the next year").
 * Influence without authority ("none of them reported to me") counts as breadth. The behavioural
 * guide grades "for L7 a team-level story with no cross-team scope" a 2, and a well-told team story
 * covers the L6 rubric, which the other-level credit and the narration credit turn into 47-67
 * (docs/scoring.md, "The scope pass").
 *
 * @param breadth words that show the story crossed teams or reached an organization's leaders
 * @param duration words that show it ran a year, several quarters or six months or more
 */
record StoryScope(int breadth, int duration) {
  /** At most this much breadth counts towards the scope. */
  static final int BREADTH_FULL = 3;

  /** At most this much length counts towards the scope. */
  static final int DURATION_FULL = 2;

  /** The scope below which an L7 story reads as team-sized. */
  static final int ENOUGH = 3;

  // spotless:off
  /** What a count or a qualifier ("four", "partner", "all") makes a cross-team group. */
  private static final WordSet UNITS = WordSet.of("teams", "departments", "divisions",
      "managers", "squads");
  private static final WordSet QUALIFIERS = WordSet.of("other", "peer", "partner", "sister",
      "adjacent", "neighbouring", "neighboring", "all", "several", "multiple", "both", "many",
      "various", "dependent", "downstream", "upstream", "product", "business");
  /** Leaders above a manager and organization words: breadth on their own. */
  private static final WordSet LEADERS = WordSet.of("director", "directors", "vp", "vps", "cto",
      "ceo", "coo", "cfo", "cio", "ciso", "cpo", "svp", "evp", "executive", "executives", "exec",
      "execs", "org", "orgs", "organization", "organizations", "organisation", "organisations");
  private static final WordPhrases CROSS = new WordPhrases("vice president", "general manager",
      "head of", "leadership team", "senior leadership", "cross team", "cross org",
      "cross functional", "company wide", "across teams", "across the company",
      "across the business", "business units", "product lines", "every team", "each team",
      "report to me", "reported to me", "reporting to me", "no authority", "without authority",
      "formal authority");
  private static final WordSet YEARS = WordSet.of("year", "years", "yr", "yrs", "quarter",
      "quarters", "annual", "annually");
  /** Words before "year" that make it a date ("last year") or a rate ("per year"). */
  private static final WordSet WHEN = WordSet.of("last", "this", "that", "previous", "prior",
      "same", "per");
  private static final WordSet RATE = WordSet.of("a", "an", "every", "each");
  private static final WordSet MONTHS = WordSet.of("months", "mos");
  // spotless:on

  /** Six months and more is a long story. */
  private static final int LONG_MONTHS = 6;

  /** The scope, 0..5: breadth up to three and length up to two. */
  int score() {
    return Math.min(breadth, BREADTH_FULL) + Math.min(duration, DURATION_FULL);
  }

  /** Whether an L7 story reads as team-sized: too little breadth and length together. */
  boolean small() {
    return score() < ENOUGH;
  }

  static StoryScope read(List<Word> words) {
    boolean[] hit = new boolean[words.size()];
    for (int[] m : CROSS.find(words)) {
      hit[m[1]] = true;
    }
    int duration = 0;
    for (int i = 0; i < words.size(); i++) {
      String w = words.get(i).lower();
      if (LEADERS.contains(w) || UNITS.contains(w) && counted(words, i)) {
        hit[i] = true;
      }
      duration += YEARS.contains(w) && isLength(words, i) || longMonths(words, i) ? 1 : 0;
    }
    int breadth = 0;
    for (boolean h : hit) {
      breadth += h ? 1 : 0;
    }
    return new StoryScope(breadth, duration);
  }

  /** A group noun after a count or a qualifier, one word between at most ("four product teams"). */
  private static boolean counted(List<Word> words, int i) {
    for (int k = i - 1; k >= Math.max(0, i - 2); k--) {
      Word w = words.get(k);
      if (QUALIFIERS.contains(w.lower()) || StoryReader.number(w) && w.kind() != Word.Kind.SYMBOL) {
        return true;
      }
    }
    return false;
  }

  /** "Year" or "quarter" as a length, not a date ("last year", "two years ago") or a rate. */
  private static boolean isLength(List<Word> words, int i) {
    String next = i + 1 < words.size() ? words.get(i + 1).lower() : "";
    boolean fraction = next.equals("of") && words.get(i).lower().equals("quarter");
    if (next.equals("ago") || next.equals("old") || fraction) {
      return false;
    }
    String prev = i > 0 ? words.get(i - 1).lower() : "";
    if (WHEN.contains(prev)) {
      return false;
    }
    return !(RATE.contains(prev) && i > 1 && StoryReader.number(words.get(i - 2)));
  }

  /** "Eighteen months", "18 months", "about nine months": six or more, and not "months ago". */
  private static boolean longMonths(List<Word> words, int i) {
    if (!MONTHS.contains(words.get(i).lower()) || i == 0) {
      return false;
    }
    if (i + 1 < words.size() && words.get(i + 1).lower().equals("ago")) {
      return false;
    }
    BigDecimal n = value(words.get(i - 1));
    return n != null && n.compareTo(BigDecimal.valueOf(LONG_MONTHS)) >= 0;
  }

  private static BigDecimal value(Word w) {
    if (w.kind() == Word.Kind.NUMBER) {
      return NumberWords.parse(w.text());
    }
    Integer spelled = NumberWords.SPELLED.get(w.lower());
    return spelled == null ? null : BigDecimal.valueOf(spelled);
  }
}
