package dev.mockloop.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mockloop.bank.Bank;
import dev.mockloop.bank.BankLoader;
import dev.mockloop.bank.Glossary;
import dev.mockloop.bank.LoadResult;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.AnalyzerWrapper;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.junit.jupiter.api.Test;

/**
 * {@link Synonyms} against Lucene's {@link SynonymGraphFilter} with the same rules ({@link
 * GlossarySynonyms#map}) after the same chain: the same tokens (term, offsets, synonym or stop
 * word) for every text of the bank (prompts, contexts, rubric points, phrases, hints, follow-ups,
 * model answers) and every calibration answer, and for texts made to hit the rules' edges.
 */
class SynonymsTest {
  @Test
  void sameTokensAsLucenesSynonymFilterOnTheBankAndCalibrationSets() throws IOException {
    LoadResult loaded = BankLoader.load(Path.of("questions"));
    assertThat(loaded.errors()).isEmpty();
    Bank bank = loaded.bank();
    List<String> texts = AnalysisTexts.of(bank);
    assertThat(texts.size()).isGreaterThan(10_000);
    int synonyms = assertSame(bank.glossary(), texts);
    assertThat(synonyms).as("synonym tokens met").isGreaterThan(500);
  }

  @Test
  void sameTokensAsLucenesSynonymFilterAtTheRulesEdges() {
    Glossary glossary =
        new Glossary(
            List.of(
                List.of("read replica", "read copy", "replica"),
                List.of("cache stampede", "thundering herd", "stampede"),
                List.of("a b c", "abc"),
                List.of("b", "bee"),
                List.of("read", "fetch"),
                List.of("p99", "99th percentile"),
                List.of("qps", "requests per second", "queries per second")));
    List<String> texts =
        List.of(
            "a read replica, a read copy and a replica; read the copy",
            "the thundering herd of a cache stampede, a stampede of herds",
            "a b c, a b x, a b, b c, a bee, abc, b",
            "the 99th percentile and p99, 99th, percentile",
            "10K requests per second, 5 queries a second, requests per minute, qps",
            "READ REPLICA Read Copy İstanbul replica",
            "read",
            "");
    int synonyms = assertSame(glossary, texts);
    assertThat(synonyms).isGreaterThan(10);
  }

  /**
   * Asserts both give the same tokens for every text; returns how many synonym tokens there were.
   */
  private static int assertSame(Glossary glossary, List<String> texts) {
    TextAnalyzer ours = new TextAnalyzer(glossary, TextAnalyzer.Stemmer.PORTER);
    SynonymMap map = GlossarySynonyms.map(glossary, ours.base());
    Analyzer lucene = withSynonyms(ours.base(), map);
    int synonyms = 0;
    for (String text : texts) {
      List<String> expected = lucene(lucene, text);
      List<String> actual = ours.analyze(text).stream().map(SynonymsTest::describe).toList();
      assertThat(actual).as(text).isEqualTo(expected);
      synonyms += (int) actual.stream().filter(t -> t.endsWith("synonym")).count();
    }
    return synonyms;
  }

  private static String describe(Token t) {
    return t.term()
        + " "
        + t.start()
        + "-"
        + t.end()
        + (t.stop() ? " stop" : "")
        + (t.synonym() ? " synonym" : "");
  }

  private static Analyzer withSynonyms(Analyzer base, SynonymMap map) {
    return new AnalyzerWrapper(base.getReuseStrategy()) {
      @Override
      protected Analyzer getWrappedAnalyzer(String field) {
        return base;
      }

      @Override
      protected TokenStreamComponents wrapComponents(String field, TokenStreamComponents c) {
        return new TokenStreamComponents(
            c.getSource(), new SynonymGraphFilter(c.getTokenStream(), map, true));
      }
    };
  }

  private static List<String> lucene(Analyzer analyzer, String text) {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream("answer", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
      KeywordAttribute keyword = ts.addAttribute(KeywordAttribute.class);
      TypeAttribute type = ts.addAttribute(TypeAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        boolean synonym = "SYNONYM".equals(type.type());
        out.add(
            term
                + " "
                + offset.startOffset()
                + "-"
                + offset.endOffset()
                + (keyword.isKeyword()
                        && TextAnalyzer.STOP_WORDS.contains(term.buffer(), 0, term.length())
                        && !synonym
                    ? " stop"
                    : "")
                + (synonym ? " synonym" : ""));
      }
      ts.end();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return out;
  }
}
