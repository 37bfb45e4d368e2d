package dev.mockloop.scoring;

import java.io.IOException;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/**
 * Lucene's {@link PorterStemFilter} with a memo: the stem of a word depends on nothing but the
 * word, and answers repeat the same few thousand words, so each distinct word is stemmed once (by a
 * real {@code PorterStemFilter} over a one-token stream) and its stem kept, up to {@value #LIMIT}
 * words, after which the memo starts again. Keyword-marked tokens (stop words) pass through
 * unstemmed, as in {@code PorterStemFilter}. One instance per analysis chain, so per thread: not
 * shared.
 */
final class StemCacheFilter extends TokenFilter {
  static final int LIMIT = 50_000;

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);
  private final CharArrayMap<char[]> stems = new CharArrayMap<>(1024, false);
  private final OneToken one = new OneToken();
  private final PorterStemFilter porter = new PorterStemFilter(one);
  private final CharTermAttribute porterTerm = porter.getAttribute(CharTermAttribute.class);

  StemCacheFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    if (keyword.isKeyword()) {
      return true;
    }
    char[] stem = stems.get(term.buffer(), 0, term.length());
    if (stem == null) {
      one.set(term.buffer(), term.length());
      porter.incrementToken();
      stem = new char[porterTerm.length()];
      System.arraycopy(porterTerm.buffer(), 0, stem, 0, stem.length);
      if (stems.size() >= LIMIT) {
        stems.clear();
      }
      stems.put(new String(term.buffer(), 0, term.length()), stem);
    }
    term.copyBuffer(stem, 0, stem.length);
    return true;
  }

  /** A stream of one (non-keyword) token, set before each pull. */
  private static final class OneToken extends TokenStream {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);

    void set(char[] buffer, int length) {
      term.copyBuffer(buffer, 0, length);
      keyword.setKeyword(false);
    }

    @Override
    public boolean incrementToken() {
      return true;
    }
  }
}
