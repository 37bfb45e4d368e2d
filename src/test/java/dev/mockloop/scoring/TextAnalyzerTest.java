package dev.mockloop.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mockloop.bank.Glossary;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextAnalyzerTest {
  private static final TextAnalyzer ANALYZER =
      new TextAnalyzer(
          new Glossary(
              List.of(List.of("p99", "99th percentile"), List.of("qps", "requests per second"))),
          TextAnalyzer.Stemmer.PORTER);

  private static String terms(String text) {
    return String.join(" ", ANALYZER.analyze(text).stream().map(Token::term).toList());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "100K | 100000",
        "100k | 100000",
        "'100,000' | 100000",
        "100 thousand | 100000",
        "1.5 million | 1500000",
        "two hundred thousand | 200000",
        "2 hundred thousand dollars | 200000 dollar",
        "one thousand hundred | 1000 hundr",
        "2M | 2000000",
        "4ms | 4 ms",
        "1-4ms | 1 4 ms",
        "1–4 ms | 1 4 ms",
        "$0.25 | $ 0.25",
        "99.9% | 99.9 percent",
        "10x | 10 x",
        "3.50GB | 3.5 gb",
        "99th | 99th",
        "'1,5' | '1,5'",
        "p99 | syn_0",
        "the 99th percentile | the syn_0",
        "Requests per second | syn_1",
        "partitions | partit",
        "one engine for engineers | 1 engine for engin",
        "generic or general news | generic or general news",
        "account managers managed | account manager manag",
        "customers want custom deals | customer want custom deal",
        "experience with experiments | experience with experi",
        "production product productivity | production product productivity",
        "a busy business | a busy business",
        "objectives for 2M objects | objective for 2000000 object",
        "probably a low probability | probabl a low probability",
        "meeting the target | meet the target",
        "DynamoDB's | dynamodb",
        "I’d avoid | i'd avoid",
        "12K events a second | 12000 event per second",
        "'$5K a month' | $ 5000 per month",
        "500 requests an hour | 500 request per hour",
        "twice a day | twice per dai",
        "TWICE a day | twice per dai",
        "Once a week | onc per week",
        "three Times a year | 3 time per year",
        "three times the peak | 3 x the peak",
        "1.5 times our forecast | 1.5 x our forecast",
        "3x the peak | 3 x the peak",
        "many times the peak | mani time the peak",
        "Timed a second run | time a second run",
        "onces a day | onc a dai",
        "100K requests a second | 100000 syn_1",
        "copied to a second region | copi to a second region",
        "we pulled a month of logs | we pull a month of log"
      })
  void normalizes(String text, String expected) {
    assertThat(terms(text)).isEqualTo(expected);
  }

  /**
   * The stemmer override marks its words as keywords, as the stop-word marker does; a word whose
   * stem is fixed ("manager", "customers", "production") is still a content word. Before, it was
   * read as a stop word, so "pushed back on my manager" in a rubric compiled to "pushed back".
   */
  @Test
  void wordsWithAFixedStemAreContentWordsAndStopWordsStayStopWords() {
    List<Token> tokens =
        ANALYZER.analyze("I pushed back on my manager and the customers in production");
    assertThat(tokens.stream().filter(t -> !t.stop()).map(Token::term).toList())
        .containsExactly("push", "back", "manager", "customer", "production");
    assertThat(tokens.stream().filter(Token::stop).map(Token::surface).toList())
        .containsExactly("i", "on", "my", "and", "the", "in");
  }
}
