package dev.mockloop.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mockloop.bank.Bank;
import dev.mockloop.bank.BankLoader;
import dev.mockloop.bank.FollowUp;
import dev.mockloop.bank.Glossary;
import dev.mockloop.bank.LevelSpec;
import dev.mockloop.bank.LoadResult;
import dev.mockloop.bank.RubricPoint;
import dev.mockloop.bank.Scenario;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
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
    List<String> texts = new ArrayList<>();
    for (Scenario s : bank.scenarios()) {
      for (LevelSpec spec : s.levels().values()) {
        texts.addAll(List.of(spec.prompt(), spec.context(), spec.modelAnswer()));
        rubric(spec.rubric(), texts);
        for (FollowUp f : spec.followUps()) {
          texts.addAll(List.of(f.ask(), f.modelAnswer()));
          rubric(f.rubric(), texts);
        }
      }
    }
    ObjectMapper json = new ObjectMapper();
    try (Stream<Path> files = Files.list(Path.of("src/test/resources/calibration"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".jsonl")).sorted().toList()) {
        for (String line : Files.readAllLines(f)) {
          if (!line.isBlank()) {
            texts.add(json.readTree(line).path("answer").asText());
          }
        }
      }
    }
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

  private static void rubric(List<RubricPoint> points, List<String> into) {
    for (RubricPoint p : points) {
      into.addAll(List.of(p.point(), p.hint()));
      into.addAll(p.any());
      p.all().forEach(into::addAll);
    }
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
                + (keyword.isKeyword() && !synonym ? " stop" : "")
                + (synonym ? " synonym" : ""));
      }
      ts.end();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return out;
  }
}
