package dev.mockloop.scoring;

import static dev.mockloop.scoring.NumberWords.DURATIONS;
import static dev.mockloop.scoring.NumberWords.ORDINALS;
import static dev.mockloop.scoring.NumberWords.SPELLED;
import static dev.mockloop.scoring.NumberWords.SUFFIX_MULTIPLIERS;
import static dev.mockloop.scoring.NumberWords.WORD_MULTIPLIERS;
import static dev.mockloop.scoring.NumberWords.canonical;
import static dev.mockloop.scoring.NumberWords.parse;

import dev.mockloop.scoring.NumberWords.Unit;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * Writes numbers one way, so "100K", "100k", "100,000", "100 thousand" all become the token {@code
 * 100000} (its offsets span everything it replaced), and splits a unit from its number ("4ms" gives
 * "4" and "ms", "10x" gives "10" and "x"). Ordinals stay whole ("99th"); {@code %} becomes the word
 * "percent". Runs right after {@link WordTokenizer}, before lower-casing; the words it knows are in
 * {@link NumberWords}.
 */
final class NumberFilter extends TokenFilter {
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
  private final TypeAttribute type = addAttribute(TypeAttribute.class);
  private final Deque<Tok> out = new ArrayDeque<>();
  private Tok lookahead;

  private record Tok(String term, int start, int end, String type) {}

  NumberFilter(TokenStream in) {
    super(in);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (out.isEmpty() && lookahead == null) {
      if (!input.incrementToken()) {
        return false;
      }
      if (type.type().equals(Word.Kind.WORD.name())
          && !NumberWords.maybeSpelled(term.buffer(), term.length())) {
        return true; // a plain word passes as the tokenizer set it: nothing to copy
      }
      lookahead = new Tok(term.toString(), offset.startOffset(), offset.endOffset(), type.type());
    }
    if (out.isEmpty()) {
      Tok t = pull();
      if (t == null) {
        return false;
      }
      if (t.type().equals(Word.Kind.NUMBER.name())) {
        expand(t);
      } else if (t.type().equals(Word.Kind.WORD.name()) && isSpelled(t)) {
        spelledNumber(t);
      } else if (t.term().equals("%")) {
        out.add(new Tok("percent", t.start(), t.end(), Word.Kind.WORD.name()));
      } else {
        out.add(t);
      }
    }
    Tok t = out.poll();
    clearAttributes();
    term.setEmpty().append(t.term());
    offset.setOffset(t.start(), t.end());
    type.setType(t.type());
    return true;
  }

  private void expand(Tok t) throws IOException {
    String raw = t.term();
    int cut = 0;
    while (cut < raw.length()
        && (Character.isDigit(raw.charAt(cut))
            || raw.charAt(cut) == '.'
            || raw.charAt(cut) == ',')) {
      cut++;
    }
    BigDecimal value = parse(raw.substring(0, cut));
    String suffix = raw.substring(cut).toLowerCase(Locale.ROOT);
    String num = Word.Kind.NUMBER.name();
    if (value == null) {
      out.add(t);
    } else if (suffix.isEmpty()) {
      emit(value, t.start(), t.end());
    } else if (SUFFIX_MULTIPLIERS.containsKey(suffix)) {
      out.add(
          new Tok(
              canonical(value.multiply(SUFFIX_MULTIPLIERS.get(suffix))), t.start(), t.end(), num));
    } else if (ORDINALS.contains(suffix)) {
      out.add(new Tok(canonical(value) + suffix, t.start(), t.end(), num));
    } else if (DURATIONS.containsKey(suffix)) {
      Unit unit = DURATIONS.get(suffix);
      int split = t.start() + cut;
      out.add(
          new Tok(
              canonical(value.multiply(BigDecimal.valueOf(unit.factor()))), t.start(), split, num));
      out.add(new Tok(unit.canonical(), split, t.end(), Word.Kind.WORD.name()));
    } else {
      int split = t.start() + cut;
      out.add(new Tok(canonical(value), t.start(), split, num));
      out.add(new Tok(raw.substring(cut), split, t.end(), Word.Kind.WORD.name()));
    }
  }

  /**
   * A number and what may follow it: multiplier words, each larger ("two hundred thousand"), and a
   * duration unit ("3 years" is 36 months, as are "36 months" and "three-year").
   */
  private void emit(BigDecimal value, int start, int end) throws IOException {
    String num = Word.Kind.NUMBER.name();
    Tok next = pull();
    for (BigDecimal last = BigDecimal.ZERO, mult = multiplierWord(next, end);
        mult != null && mult.compareTo(last) > 0;
        mult = multiplierWord(next, end)) {
      value = value.multiply(mult);
      end = next.end();
      last = mult;
      next = pull();
    }
    Unit unit =
        next == null || next.start() - end > 2
            ? null
            : DURATIONS.get(next.term().toLowerCase(Locale.ROOT));
    if (unit != null && next.type().equals(Word.Kind.WORD.name())) {
      out.add(
          new Tok(canonical(value.multiply(BigDecimal.valueOf(unit.factor()))), start, end, num));
      out.add(new Tok(unit.canonical(), next.start(), next.end(), Word.Kind.WORD.name()));
    } else {
      out.add(new Tok(canonical(value), start, end, num));
      lookahead = next;
    }
  }

  private static boolean isSpelled(Tok t) {
    return SPELLED.containsKey(t.term().toLowerCase(Locale.ROOT));
  }

  /** A number written in words: "three", "twenty five", "a dozen" (12); "half" is 50 percent. */
  private void spelledNumber(Tok t) throws IOException {
    String word = t.term().toLowerCase(Locale.ROOT);
    if (word.equals("half")) {
      out.add(new Tok("50", t.start(), t.end(), Word.Kind.NUMBER.name()));
      out.add(new Tok("percent", t.start(), t.end(), Word.Kind.WORD.name()));
      return;
    }
    int value = SPELLED.get(word);
    int end = t.end();
    if (value >= 20 && value % 10 == 0) {
      Tok next = pull();
      Integer unit =
          next == null || next.start() - end > 1
              ? null
              : SPELLED.get(next.term().toLowerCase(Locale.ROOT));
      if (unit != null && unit > 0 && unit < 10) {
        value += unit;
        end = next.end();
      } else {
        lookahead = next;
      }
    }
    emit(BigDecimal.valueOf(value), t.start(), end);
  }

  private static BigDecimal multiplierWord(Tok next, int numberEnd) {
    boolean near = next != null && next.start() >= numberEnd && next.start() - numberEnd <= 2;
    return near && next.type().equals(Word.Kind.WORD.name())
        ? WORD_MULTIPLIERS.get(next.term().toLowerCase(Locale.ROOT))
        : null;
  }

  private Tok pull() throws IOException {
    if (lookahead != null) {
      Tok t = lookahead;
      lookahead = null;
      return t;
    }
    if (!input.incrementToken()) {
      return null;
    }
    return new Tok(term.toString(), offset.startOffset(), offset.endOffset(), type.type());
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    out.clear();
    lookahead = null;
  }
}
