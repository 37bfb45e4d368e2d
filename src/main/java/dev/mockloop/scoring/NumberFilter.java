package dev.mockloop.scoring;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * Writes numbers one way, so "100K", "100k", "100,000", "100 thousand" all become the token
 * {@code 100000} (its offsets span everything it replaced), and splits a unit from its number
 * ("4ms" gives "4" and "ms", "10x" gives "10" and "x"). Ordinals stay whole ("99th"); {@code %}
 * becomes the word "percent". Runs right after {@link WordTokenizer}, before lower-casing.
 */
final class NumberFilter extends TokenFilter {
  private static final Pattern PLAIN = Pattern.compile("\\d+(\\.\\d+)?");
  private static final Pattern GROUPED = Pattern.compile("\\d{1,3}(,\\d{3})+(\\.\\d+)?");
  private static final Map<String, BigDecimal> SUFFIX_MULTIPLIERS =
      Map.of("k", BigDecimal.TEN.pow(3), "m", BigDecimal.TEN.pow(6), "mm", BigDecimal.TEN.pow(6),
          "b", BigDecimal.TEN.pow(9), "bn", BigDecimal.TEN.pow(9));
  private static final Map<String, BigDecimal> WORD_MULTIPLIERS =
      Map.of("k", BigDecimal.TEN.pow(3), "thousand", BigDecimal.TEN.pow(3),
          "m", BigDecimal.TEN.pow(6), "million", BigDecimal.TEN.pow(6), "mn", BigDecimal.TEN.pow(6),
          "b", BigDecimal.TEN.pow(9), "bn", BigDecimal.TEN.pow(9), "billion", BigDecimal.TEN.pow(9),
          "trillion", BigDecimal.TEN.pow(12));
  private static final java.util.Set<String> ORDINALS = java.util.Set.of("st", "nd", "rd", "th");

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
    if (out.isEmpty()) {
      Tok t = pull();
      if (t == null) {
        return false;
      }
      if (t.type().equals(Word.Kind.NUMBER.name())) {
        expand(t);
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
    while (cut < raw.length() && (Character.isDigit(raw.charAt(cut)) || raw.charAt(cut) == '.'
        || raw.charAt(cut) == ',')) {
      cut++;
    }
    BigDecimal value = parse(raw.substring(0, cut));
    String suffix = raw.substring(cut).toLowerCase(Locale.ROOT);
    String num = Word.Kind.NUMBER.name();
    if (value == null) {
      out.add(t);
    } else if (suffix.isEmpty()) {
      Tok next = pull();
      BigDecimal mult = next == null ? null : multiplierWord(next, t);
      if (mult != null) {
        out.add(new Tok(canonical(value.multiply(mult)), t.start(), next.end(), num));
      } else {
        out.add(new Tok(canonical(value), t.start(), t.end(), num));
        lookahead = next;
      }
    } else if (SUFFIX_MULTIPLIERS.containsKey(suffix)) {
      out.add(new Tok(canonical(value.multiply(SUFFIX_MULTIPLIERS.get(suffix))), t.start(),
          t.end(), num));
    } else if (ORDINALS.contains(suffix)) {
      out.add(new Tok(canonical(value) + suffix, t.start(), t.end(), num));
    } else {
      int split = t.start() + cut;
      out.add(new Tok(canonical(value), t.start(), split, num));
      out.add(new Tok(raw.substring(cut), split, t.end(), Word.Kind.WORD.name()));
    }
  }

  private static BigDecimal multiplierWord(Tok next, Tok number) {
    int gap = next.start() - number.end();
    if (gap < 0 || gap > 2 || !next.type().equals(Word.Kind.WORD.name())) {
      return null;
    }
    return WORD_MULTIPLIERS.get(next.term().toLowerCase(Locale.ROOT));
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

  static BigDecimal parse(String digits) {
    if (PLAIN.matcher(digits).matches()) {
      return new BigDecimal(digits);
    }
    if (GROUPED.matcher(digits).matches()) {
      return new BigDecimal(digits.replace(",", ""));
    }
    return null;
  }

  static String canonical(BigDecimal value) {
    return value.stripTrailingZeros().toPlainString();
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    out.clear();
    lookahead = null;
  }
}
