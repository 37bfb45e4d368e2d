package dev.mockloop.scoring;

import dev.mockloop.bank.Glossary;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.KStemFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.SetKeywordMarkerFilter;
import org.apache.lucene.analysis.miscellaneous.StemmerOverrideFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * The one analysis chain for answers and rubric phrases: {@link WordTokenizer}, {@link
 * NumberFilter}, lower-casing, English possessives, stop-word marking (kept, not removed, so
 * negations and sentence shape survive), a stemmer, then the glossary's {@link Synonyms}, which map
 * every member of a glossary group to one canonical token. Thread-safe: Lucene analyzers reuse
 * their components per thread.
 */
final class TextAnalyzer {
  /** The stemmer in the chain; {@link #PORTER} is the default (see docs/scoring.md). */
  enum Stemmer {
    PORTER,
    KSTEM,
    NONE
  }

  static final CharArraySet STOP_WORDS = stopWords();

  private final Analyzer base;
  private final Synonyms synonyms;
  private final StemMemo stems = new StemMemo();

  TextAnalyzer(Glossary glossary, Stemmer stemmer) {
    this.base = chain(stemmer);
    this.synonyms = GlossarySynonyms.build(glossary, base);
  }

  /** The chain without the synonyms (what glossary members are analysed with). */
  Analyzer base() {
    return base;
  }

  /** {@link #analyze(String)} of a text whose {@link Words#scan} the caller already has. */
  List<Token> analyze(String text, List<Word> words) {
    // a word's lower() is the surface of a token with its offsets when the text has no curly
    // apostrophe (the word straightened it before lower-casing, the surface after)
    List<Token> out =
        text.indexOf('\u2019') < 0
            ? stems.tokens(text, words, (t, some) -> chain(t, some, some))
            : chain(text, words, List.of());
    return synonyms == null ? out : synonyms.apply(text, out);
  }

  List<Token> analyze(String text) {
    List<Token> out = tokens(text, List.of());
    return synonyms == null ? out : synonyms.apply(text, out);
  }

  /** The chain's tokens over {@code words} of the text, already scanned, not scanned again. */
  private List<Token> chain(String text, List<Word> words, List<Word> surfaces) {
    WordTokenizer.SCANNED.set(new WordTokenizer.Scanned(text, words));
    try {
      return tokens(text, surfaces);
    } finally {
      WordTokenizer.SCANNED.remove();
    }
  }

  /**
   * The tokens before synonyms; a token with the offsets of one of {@code words} takes that word's
   * lower().
   */
  private List<Token> tokens(String text, List<Word> words) {
    int w = 0;
    List<Token> out = new ArrayList<>(words.isEmpty() ? text.length() / 5 + 8 : words.size() + 4);
    try (TokenStream ts = base.tokenStream("answer", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
      KeywordAttribute keyword = ts.addAttribute(KeywordAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        int start = offset.startOffset();
        int end = offset.endOffset();
        while (w < words.size() && words.get(w).start() < start) {
          w++;
        }
        boolean same =
            w < words.size() && words.get(w).start() == start && words.get(w).end() == end;
        String surface = same ? words.get(w).lower() : surface(text, start, end);
        out.add(
            new Token(
                sameChars(term, surface) ? surface : term.toString(),
                surface,
                start,
                end,
                keyword.isKeyword() && STOP_WORDS.contains(term.buffer(), 0, term.length()),
                false));
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /** Whether the term is the surface unchanged (most words): then one string serves as both. */
  private static boolean sameChars(CharTermAttribute term, String surface) {
    int n = term.length();
    if (n != surface.length()) {
      return false;
    }
    char[] chars = term.buffer();
    for (int i = 0; i < n; i++) {
      if (chars[i] != surface.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /** A token's surface form: the text it spans, lower-cased, apostrophes made straight. */
  static String surface(String text, int start, int end) {
    return text.substring(start, end).toLowerCase(Locale.ROOT).replace('\u2019', '\'');
  }

  private static Analyzer chain(Stemmer stemmer) {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String field) {
        Tokenizer source = new WordTokenizer();
        TokenStream ts = new RateFilter(new NumberFilter(source));
        ts = new LowerCaseFilter(ts);
        ts = new EnglishPossessiveFilter(ts);
        ts = new SetKeywordMarkerFilter(ts, STOP_WORDS);
        ts =
            switch (stemmer) {
              case PORTER ->
                  new PorterStemFilter(new StemmerOverrideFilter(ts, StemFixes.PORTER_FIXES));
              case KSTEM -> new KStemFilter(ts);
              case NONE -> ts;
            };
        return new TokenStreamComponents(source, ts);
      }
    };
  }

  private static CharArraySet stopWords() {
    CharArraySet set = new CharArraySet(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, false);
    for (String w :
        List.of(
            "i", "we", "our", "us", "you", "your", "my", "its", "has", "have", "had", "would",
            "should", "could", "can", "do", "does", "did", "been", "being", "were", "am", "i'd",
            "we'd", "i'll", "we'll", "i'm", "we're", "so", "than")) {
      set.add(w);
    }
    return CharArraySet.unmodifiableSet(set);
  }
}
