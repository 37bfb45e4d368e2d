package dev.mockloop.scoring;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * Reads a rate said with an article as the same rate said with "per": "12K a second", "$5K a
 * month", "twice a day" become "12000 per second", "$ 5000 per month", "twice per day", so a
 * rubric's "per second" matches the way people say it. Only after a quantity (a number in the
 * previous {@value #LOOKBACK} tokens, or "once", "twice", "times"): "a second region" and "a month
 * of logs" stay as they are. A number followed by "times the" (or "times our", "times normal", ...)
 * is a multiple: "3 times the peak" reads "3 x the peak", as "3x the peak" does; "3 times a day"
 * stays a rate. Runs right after {@link NumberFilter}.
 */
final class RateFilter extends TokenFilter {
  static final int LOOKBACK = 3;

  // spotless:off
  private static final Set<String> UNITS = Set.of(
      "second", "sec", "minute", "min", "hour", "hr", "day", "night", "week", "month", "quarter",
      "year", "yr");
  private static final Set<String> COUNTS = Set.of("once", "twice", "times");
  private static final Set<String> AFTER_TIMES = Set.of("the", "our", "as", "what", "that",
      "normal", "peak", "current", "today's", "more", "larger", "bigger", "higher", "faster");
  // spotless:on

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
  private final TypeAttribute type = addAttribute(TypeAttribute.class);
  private final Deque<State> pending = new ArrayDeque<>();

  /** Tokens since the last number (the lookback), or more than the lookback when none is near. */
  private int sinceQuantity = LOOKBACK + 1;

  RateFilter(TokenStream in) {
    super(in);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!next()) {
      return false;
    }
    if (sinceQuantity == 0 && isAscii("times")) {
      lookAhead(AFTER_TIMES, "x"); // "3 times the peak" is "3x the peak"
    } else if (sinceQuantity <= LOOKBACK && isArticle()) {
      lookAhead(UNITS, "per");
    }
    track();
    return true;
  }

  /** The next token: one read ahead before, or the input's. */
  private boolean next() throws IOException {
    if (!pending.isEmpty()) {
      restoreState(pending.poll());
      return true;
    }
    return input.incrementToken();
  }

  /**
   * Reads the token after this one (kept for next time): when it is one of {@code after}, this
   * token becomes {@code as}.
   */
  private void lookAhead(Set<String> after, String as) throws IOException {
    State here = captureState();
    if (next()) {
      boolean match = after.contains(term.toString().toLowerCase(Locale.ROOT));
      pending.add(captureState());
      restoreState(here);
      if (match) {
        term.setEmpty().append(as);
      }
    } else {
      restoreState(here);
    }
  }

  /** Whether the term lower-cased is "a" or "an". */
  private boolean isArticle() {
    int n = term.length();
    if (!ascii()) {
      return is("a", "an");
    }
    char[] b = term.buffer(); // ASCII: lower-casing keeps the length and maps only A-Z
    return n >= 1 && n <= 2 && (b[0] | 0x20) == 'a' && (n == 1 || (b[1] | 0x20) == 'n');
  }

  private void track() {
    int n = term.length();
    boolean quantity =
        n > 0 && Character.isDigit(term.charAt(0))
            || (ascii() ? n >= 4 && n <= 5 && isAsciiCount() : isCount());
    sinceQuantity = quantity ? 0 : sinceQuantity + 1;
  }

  /** Whether the term lower-cased is one of {@link #COUNTS}. */
  private boolean isCount() {
    return COUNTS.contains(term.toString().toLowerCase(Locale.ROOT));
  }

  /** {@link #isCount} of an ASCII term, without making a string. */
  private boolean isAsciiCount() {
    return isAscii("once") || isAscii("twice") || isAscii("times");
  }

  /** Whether the term, all ASCII, lower-cased is {@code word} (lower-case ASCII). */
  private boolean isAscii(String word) {
    if (term.length() != word.length()) {
      return false;
    }
    char[] b = term.buffer(); // lower-casing ASCII maps only A-Z
    for (int i = 0; i < word.length(); i++) {
      char c = b[i];
      if ((c >= 'A' && c <= 'Z' ? (char) (c | 0x20) : c) != word.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private boolean is(String a, String b) {
    String word = term.toString().toLowerCase(Locale.ROOT);
    return word.equals(a) || word.equals(b);
  }

  /** Whether every char of the term is ASCII (so lower-casing keeps its length). */
  private boolean ascii() {
    char[] b = term.buffer();
    for (int i = 0; i < term.length(); i++) {
      if (b[i] >= 128) {
        return false;
      }
    }
    return true;
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    pending.clear();
    sinceQuantity = LOOKBACK + 1;
  }
}
