package dev.mockloop.scoring;

import dev.mockloop.Medians;
import dev.mockloop.bank.Bank;
import dev.mockloop.bank.BankLoader;
import dev.mockloop.bank.Level;
import dev.mockloop.bank.Scenario;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;

/**
 * Scores 10,000 answers (sentences drawn from the bundled bank's model answers, shuffled, each to
 * another scenario than the one before) on one thread, in the order {@code score --batch} scores a
 * file in ({@link ScoreOrder}: windows grouped by what they answer) and again in input order, each
 * side by side with the baseline: the same answers through Lucene's stock English analyzer alone
 * (tokenize, lowercase, stop words, stem), the floor of any stemming scorer.
 */
public final class ScoreRatioBench {
  record Item(String answer, Scenario scenario, Level level) {}

  private ScoreRatioBench() {}

  public static void main(String[] args) {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    Bank bank = BankLoader.loadBundled().bank();
    List<Item> items = answers(bank, n, new Random(42));
    Scorer scorer = new Scorer(bank.glossary());
    Analyzer english = new EnglishAnalyzer();
    Runnable lucene =
        () -> {
          for (Item it : items) {
            analyze(english, it.answer());
          }
        };
    // as score --batch scores them: a window at a time, grouped by what they answer
    long[] t = Medians.sideBySide(runs, () -> asBatch(scorer, items), lucene);
    Medians.report(
        "batch scoring, " + n + " answers", n / (t[0] / 1e9), n / (t[1] / 1e9), "answers/s");
    long[] u = Medians.sideBySide(runs, () -> inInputOrder(scorer, items), lucene);
    Medians.report(
        "batch scoring, " + n + ", in input order",
        n / (u[0] / 1e9),
        n / (u[1] / 1e9),
        "answers/s");
  }

  /** Every answer in the order given, as the scorer's own benchmark (ScoreVs) runs them. */
  private static void inInputOrder(Scorer scorer, List<Item> items) {
    for (Item it : items) {
      scorer.scoreMain(it.answer(), it.scenario(), it.level());
    }
  }

  /**
   * The order {@code score --batch} scores a file in: windows of {@link ScoreOrder#WINDOW} answers,
   * each grouped by scenario and level ({@link ScoreOrder#grouped}).
   */
  private static void asBatch(Scorer scorer, List<Item> items) {
    for (int from = 0; from < items.size(); from += ScoreOrder.WINDOW) {
      List<Item> window = items.subList(from, Math.min(items.size(), from + ScoreOrder.WINDOW));
      String[] keys = new String[window.size()];
      for (int i = 0; i < keys.length; i++) {
        keys[i] = window.get(i).scenario().id() + '\u0000' + window.get(i).level();
      }
      for (int i : ScoreOrder.grouped(keys)) {
        Item it = window.get(i);
        scorer.scoreMain(it.answer(), it.scenario(), it.level());
      }
    }
  }

  /**
   * The measured half on its own: scores the same answers once per run. {@link ScoreVs} loads this
   * class from an old and a new build to time them side by side.
   */
  public static Runnable workload(int n) {
    Bank bank = BankLoader.loadBundled().bank();
    List<Item> items = answers(bank, n, new Random(42));
    Scorer scorer = new Scorer(bank.glossary());
    return () -> {
      for (Item it : items) {
        scorer.scoreMain(it.answer(), it.scenario(), it.level());
      }
    };
  }

  /** The answers: sentences of the bank's model answers, shuffled, a scenario after another. */
  static List<Item> answers(Bank bank, int n, Random random) {
    List<Item> items = new ArrayList<>();
    List<Scenario> scenarios = bank.scenarios();
    for (int i = 0; i < n; i++) {
      Scenario s = scenarios.get(i % scenarios.size());
      Level level = i % 2 == 0 ? Level.L6 : Level.L7;
      List<String> sentences =
          new ArrayList<>(List.of(s.level(level).modelAnswer().split("(?<=\\.) ")));
      java.util.Collections.shuffle(sentences, random);
      int keep = 1 + random.nextInt(sentences.size());
      items.add(new Item(String.join(" ", sentences.subList(0, keep)), s, level));
    }
    return items;
  }

  private static void analyze(Analyzer analyzer, String text) {
    try (TokenStream ts = analyzer.tokenStream("a", new StringReader(text))) {
      ts.reset();
      while (ts.incrementToken()) {
        // the baseline is the analysis itself
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
