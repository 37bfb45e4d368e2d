package dev.mockloop.scoring;

import dev.mockloop.bank.Bank;
import dev.mockloop.bank.BankLoader;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/**
 * A diagnostic, not a bench/run row: {@link ScoreRatioBench}'s 10,000 answers (same generator, same
 * seed) scored in their own order, where the scenario changes at every answer, or sorted by
 * scenario and level, where about 50 answers in a row share one. The work is the same; the gap is
 * what the first reads of per-scenario and per-word data cost (docs/performance.md, speed9).
 *
 * <pre>
 * javac -d /tmp/ob -cp target/mockloop.jar bench/java/dev/mockloop/scoring/ScoreOrderBench.java
 * java -XX:ActiveProcessorCount=1 -cp target/mockloop.jar:/tmp/ob \
 *   dev.mockloop.scoring.ScoreOrderBench shuffled|sorted [RUNS]
 * </pre>
 */
public final class ScoreOrderBench {

  private ScoreOrderBench() {}

  public static void main(String[] args) {
    boolean sorted = args.length > 0 && args[0].equals("sorted");
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 7;
    Bank bank = BankLoader.loadBundled().bank();
    List<ScoreRatioBench.Item> items = ScoreRatioBench.answers(bank, 10_000, new Random(42));
    if (sorted) {
      items.sort(
          Comparator.comparing((ScoreRatioBench.Item it) -> it.scenario().id())
              .thenComparing(ScoreRatioBench.Item::level));
    }
    Scorer scorer = new Scorer(bank.glossary());
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    double[] rates = new double[runs];
    for (int r = 0; r < runs; r++) {
      long cpu = mx.getCurrentThreadCpuTime();
      for (ScoreRatioBench.Item it : items) {
        scorer.scoreMain(it.answer(), it.scenario(), it.level());
      }
      rates[r] = items.size() / ((mx.getCurrentThreadCpuTime() - cpu) / 1e9);
    }
    double[] steady = Arrays.copyOfRange(rates, Math.min(2, runs - 1), runs); // JIT warm-up
    Arrays.sort(steady);
    System.out.printf(
        "%s: median %.0f answers per CPU second after the first runs, all runs %s%n",
        sorted ? "sorted" : "shuffled",
        steady[steady.length / 2],
        Arrays.toString(Arrays.stream(rates).mapToLong(Math::round).toArray()));
  }
}
