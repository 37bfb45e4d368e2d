package dev.mockloop.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mockloop.bank.Bank;
import dev.mockloop.bank.BankLoader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link StemMemo}: an answer's tokens with plain words' tokens remembered are the chain's own
 * (term, surface, offsets, stop word, synonym), the first time a word is met and from the memo, for
 * every text of the bank and the calibration sets and for texts made of quantities, articles, rate
 * units, multipliers and plain words in random order (where the chain's context rules bite).
 */
class StemMemoTest {
  @Test
  void sameTokensAsTheChainOnTheBankAndCalibrationSets() throws IOException {
    Bank bank = BankLoader.loadBundled().bank();
    List<String> texts = AnalysisTexts.of(bank);
    assertThat(texts.size()).isGreaterThan(10_000);
    assertSame(new TextAnalyzer(bank.glossary(), TextAnalyzer.Stemmer.PORTER), texts);
  }

  @Test
  void sameTokensAsTheChainAroundQuantities() {
    String[] vocabulary =
        ("5 12K 3.5 100,000 4ms 10x 99th % $ five twenty half dozen once twice times Times a A an"
                + " the per second day month years hour thousand hundred million k m bn requests users"
                + " peak normal our cache team's don't p99 latency café İstanbul writes replica we're"
                + " queries faster")
            .split(" ");
    String[] gaps = {" ", " ", " ", ", ", "-", ". ", " (", "/"};
    Random random = new Random(7);
    List<String> texts = new ArrayList<>();
    for (int t = 0; t < 20_000; t++) {
      StringBuilder b = new StringBuilder();
      for (int w = 1 + random.nextInt(14); w > 0; w--) {
        b.append(vocabulary[random.nextInt(vocabulary.length)]);
        b.append(gaps[random.nextInt(gaps.length)]);
      }
      texts.add(b.toString());
    }
    texts.addAll(
        List.of(
            "5 big fat users a second",
            "5 users a second, then 5 users and more a second",
            "3 times the peak, 3 times a day, times the peak",
            "five hundred thousand million requests a day",
            "twenty five requests a second and café a second",
            "12K a second; 4ms a day; half a month",
            ""));
    assertSame(
        new TextAnalyzer(BankLoader.loadBundled().bank().glossary(), TextAnalyzer.Stemmer.PORTER),
        texts);
  }

  /** Each text twice (words met first, then remembered), against the chain alone. */
  private static void assertSame(TextAnalyzer analyzer, List<String> texts) {
    for (int pass = 0; pass < 2; pass++) {
      for (String text : texts) {
        List<Token> actual = analyzer.analyze(text, Words.scan(text));
        List<Token> expected = analyzer.analyze(text);
        int i = 0;
        while (i < Math.min(actual.size(), expected.size())
            && actual.get(i).equals(expected.get(i))) {
          i++;
        }
        int from = Math.max(0, i - 3);
        assertThat(actual.subList(from, Math.min(actual.size(), i + 2)))
            .as("%s, from token %d", text, from)
            .isEqualTo(expected.subList(from, Math.min(expected.size(), i + 2)));
      }
    }
  }
}
