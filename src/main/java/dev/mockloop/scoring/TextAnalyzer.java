package dev.mockloop.scoring;

import dev.mockloop.bank.Glossary;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.util.CharsRef;
import org.apache.lucene.util.CharsRefBuilder;

/**
 * The one analysis chain for answers and rubric phrases: {@link WordTokenizer}, {@link
 * NumberFilter}, lower-casing, English possessives, stop-word marking (kept, not removed, so
 * negations and sentence shape survive), a stemmer, and a {@link SynonymGraphFilter} that maps
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
  private static final String SYNONYM_TYPE = "SYNONYM";

  private final Analyzer full;

  TextAnalyzer(Glossary glossary, Stemmer stemmer) {
    Analyzer base = chain(stemmer, null);
    SynonymMap map = synonyms(glossary, base);
    this.full = map == null ? base : chain(stemmer, map);
  }

  List<Token> analyze(String text) {
    List<Token> out = new ArrayList<>();
    try (TokenStream ts = full.tokenStream("answer", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
      KeywordAttribute keyword = ts.addAttribute(KeywordAttribute.class);
      TypeAttribute type = ts.addAttribute(TypeAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        int start = offset.startOffset();
        int end = offset.endOffset();
        String surface = text.substring(start, end).toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        boolean synonym = SYNONYM_TYPE.equals(type.type());
        out.add(new Token(term.toString(), surface, start, end, keyword.isKeyword() && !synonym,
            synonym));
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  private static Analyzer chain(Stemmer stemmer, SynonymMap synonyms) {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String field) {
        Tokenizer source = new WordTokenizer();
        TokenStream ts = new NumberFilter(source);
        ts = new LowerCaseFilter(ts);
        ts = new EnglishPossessiveFilter(ts);
        ts = new SetKeywordMarkerFilter(ts, STOP_WORDS);
        ts = switch (stemmer) {
          case PORTER -> new PorterStemFilter(ts);
          case KSTEM -> new KStemFilter(ts);
          case NONE -> ts;
        };
        if (synonyms != null) {
          ts = new SynonymGraphFilter(ts, synonyms, true);
        }
        return new TokenStreamComponents(source, ts);
      }
    };
  }

  /**
   * Builds the synonym map: groups that share a member (after analysis) are merged, and every
   * member maps to the token {@code syn_<N>} for its group, which the tokenizer can never produce
   * (it splits words at underscores).
   */
  private static SynonymMap synonyms(Glossary glossary, Analyzer base) {
    SynonymMap.Parser parser =
        new SynonymMap.Parser(true, base) {
          @Override
          public void parse(Reader in) {
            throw new UnsupportedOperationException();
          }
        };
    Map<String, Integer> groupOf = new LinkedHashMap<>();
    List<List<CharsRef>> groups = new ArrayList<>();
    for (List<String> group : glossary.synonyms()) {
      List<CharsRef> members = new ArrayList<>();
      for (String phrase : group) {
        CharsRef analyzed = analyzeMember(parser, phrase);
        if (analyzed != null) {
          members.add(analyzed);
        }
      }
      Integer target = null;
      for (CharsRef m : members) {
        target = target == null ? groupOf.get(m.toString()) : target;
      }
      if (target == null) {
        target = groups.size();
        groups.add(new ArrayList<>());
      }
      for (CharsRef m : members) {
        Integer old = groupOf.putIfAbsent(m.toString(), target);
        if (old == null) {
          groups.get(target).add(m);
        }
      }
    }
    boolean any = false;
    for (int g = 0; g < groups.size(); g++) {
      if (groups.get(g).size() < 2) {
        continue;
      }
      CharsRef canonical = new CharsRef("syn_" + g);
      for (CharsRef member : groups.get(g)) {
        parser.add(member, canonical, false);
        any = true;
      }
    }
    try {
      return any ? parser.build() : null;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static CharsRef analyzeMember(SynonymMap.Parser parser, String phrase) {
    try {
      return parser.analyze(phrase, new CharsRefBuilder());
    } catch (IllegalArgumentException | IOException e) {
      return null; // a member that analyzes to nothing (e.g. only punctuation) cannot match
    }
  }

  private static CharArraySet stopWords() {
    CharArraySet set = new CharArraySet(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, false);
    for (String w : List.of("i", "we", "our", "us", "you", "your", "my", "its", "has", "have",
        "had", "would", "should", "could", "can", "do", "does", "did", "been", "being", "were",
        "am", "i'd", "we'd", "i'll", "we'll", "i'm", "we're", "so", "than")) {
      set.add(w);
    }
    return CharArraySet.unmodifiableSet(set);
  }
}
