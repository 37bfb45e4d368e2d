package dev.mockloop.scoring;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The glossary's synonym rules over analysed tokens: at each token, the longest run of tokens that
 * is a member of a group ({@link GlossarySynonyms}) becomes one token, the group's canonical term,
 * spanning the run's offsets; the scan goes on after the run. This is what Lucene's {@code
 * SynonymGraphFilter} does with these rules (each member has one output and the originals are not
 * kept: leftmost, longest match, terms case-folded by code point), without its per-token state
 * capture and automaton walk: most tokens cost one hash look-up. {@code SynonymsTest} checks the
 * two agree on every text of the bank and the calibration sets. Immutable and thread-safe.
 */
final class Synonyms {
  /** A member's next term, and the canonical term of the member that ends here (or null). */
  private static final class Node {
    private final Map<String, Node> next = new HashMap<>(4);
    private String output;
  }

  private final Node root = new Node();

  /**
   * A bit per first term's hash ({@link #mayStart}), 4,096 bits: most tokens start no member, and
   * the filter rules them out without probing the root's map.
   */
  private final long[] firsts = new long[64];

  /** Each member's terms, in order, with its group's canonical term. */
  void add(List<String> terms, String canonical) {
    Node n = root;
    if (!terms.isEmpty()) {
      int bit = bit(terms.get(0).hashCode());
      firsts[bit >>> 6] |= 1L << bit;
    }
    for (String t : terms) {
      n = n.next.computeIfAbsent(t, k -> new Node());
    }
    if (n.output == null) {
      n.output = canonical;
    }
  }

  /**
   * The tokens with every synonym run replaced by its canonical token ({@code surface} the text the
   * run spans, not a stop word, {@link Token#synonym}); the list itself when nothing matched.
   */
  List<Token> apply(String text, List<Token> tokens) {
    List<Token> out = null;
    int n = tokens.size();
    for (int i = 0; i < n; ) {
      int length = 0;
      String canonical = null;
      Node node = root;
      for (int j = i; j < n && !node.next.isEmpty(); j++) {
        String term = folded(tokens.get(j).term());
        if (j == i && !mayStart(term)) {
          break;
        }
        node = node.next.get(term);
        if (node == null) {
          break;
        }
        if (node.output != null) {
          canonical = node.output;
          length = j - i + 1;
        }
      }
      if (canonical == null) {
        if (out != null) {
          out.add(tokens.get(i));
        }
        i++;
        continue;
      }
      if (out == null) {
        out = new ArrayList<>(tokens.subList(0, i));
      }
      int start = tokens.get(i).start();
      int end = tokens.get(i + length - 1).end();
      out.add(
          new Token(canonical, TextAnalyzer.surface(text, start, end), start, end, false, true));
      i += length;
    }
    return out == null ? tokens : out;
  }

  private static int bit(int h) {
    return (h * 0x9E3779B9) >>> 20;
  }

  /** False when no member starts with the term. */
  private boolean mayStart(String term) {
    int bit = bit(term.hashCode());
    return (firsts[bit >>> 6] & 1L << bit) != 0;
  }

  /** The term with each code point lower-cased ({@link Character#toLowerCase(int)}). */
  static String folded(String term) {
    for (int i = 0; i < term.length(); i++) {
      char c = term.charAt(i);
      if (c >= 128 || c >= 'A' && c <= 'Z') {
        return fold(term, i);
      }
    }
    return term;
  }

  private static String fold(String term, int from) {
    StringBuilder b = new StringBuilder(term.length()).append(term, 0, from);
    for (int i = from; i < term.length(); ) {
      int cp = term.codePointAt(i);
      b.appendCodePoint(Character.toLowerCase(cp));
      i += Character.charCount(cp);
    }
    return b.toString();
  }
}
