import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mockloop.bank.Bank;
import dev.mockloop.bank.BankLoader;
import dev.mockloop.bank.Level;
import dev.mockloop.bank.LoadResult;
import dev.mockloop.bank.Scenario;
import dev.mockloop.scoring.Scorer;
import java.io.BufferedWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Batch-scores 10,000 answers generated from the calibration set (each a calibration answer with a
 * sentence from another answer to the same scenario spliced in and one typo), on one thread, after
 * a warm-up; prints answers per second for each run and the median, by wall clock and by the
 * thread's CPU time (the CPU figure is what one core sustains even when the machine is busy with
 * other work). Also writes the answers as JSON Lines for the end-to-end CLI run.
 */
public final class ScoreBench {
  record Item(String answer, Scenario scenario, Level level) {}

  public static void main(String[] args) throws Exception {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    LoadResult loaded = BankLoader.load(Path.of("questions"));
    Bank bank = loaded.bank();
    ObjectMapper json = new ObjectMapper();
    List<JsonNode> graded = new ArrayList<>();
    for (String line : Files.readAllLines(Path.of("src/test/resources/calibration/graded.jsonl"))) {
      graded.add(json.readTree(line));
    }
    List<Item> items = generate(graded, bank, n, new Random(42));
    Files.createDirectories(Path.of("target/bench"));
    try (BufferedWriter w = Files.newBufferedWriter(Path.of("target/bench/answers.jsonl"))) {
      for (int i = 0; i < items.size(); i++) {
        ObjectNode o =
            json.createObjectNode()
                .put("id", "b" + i)
                .put("scenario", items.get(i).scenario().id())
                .put("level", items.get(i).level().name())
                .put("answer", items.get(i).answer());
        w.write(o.toString());
        w.newLine();
      }
    }
    if (runs == 0) {
      return; // answers only (bench/score-vs.sh)
    }
    long words = items.stream().mapToLong(it -> it.answer().split("\\s+").length).sum();
    System.out.printf(
        "%d answers, %.0f words on average, %d scenarios%n",
        items.size(),
        (double) words / items.size(),
        items.stream().map(it -> it.scenario().id()).distinct().count());
    Scorer scorer = new Scorer(bank.glossary());
    long t0 = System.nanoTime();
    int checksum = scoreAll(scorer, items);
    System.out.printf(
        "warm-up run: %.0f answers/s (checksum %d)%n",
        items.size() / ((System.nanoTime() - t0) / 1e9), checksum);
    scoreAll(scorer, items);
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    double[] wall = new double[runs];
    double[] cpu = new double[runs];
    for (int r = 0; r < runs; r++) {
      long c0 = mx.getCurrentThreadCpuTime();
      long w0 = System.nanoTime();
      scoreAll(scorer, items);
      wall[r] = items.size() / ((System.nanoTime() - w0) / 1e9);
      cpu[r] = items.size() / ((mx.getCurrentThreadCpuTime() - c0) / 1e9);
      System.out.printf(
          "run %d: %.0f answers/s wall clock, %.0f answers/s of CPU time%n",
          r + 1, wall[r], cpu[r]);
    }
    System.out.printf(
        "median of %d runs: %.0f answers/s wall clock, %.0f answers/s per CPU "
            + "second (one thread)%n",
        runs, median(wall), median(cpu));
  }

  static int scoreAll(Scorer scorer, List<Item> items) {
    int sum = 0;
    for (Item it : items) {
      sum += scorer.scoreMain(it.answer(), it.scenario(), it.level()).score();
    }
    return sum;
  }

  static List<Item> generate(List<JsonNode> graded, Bank bank, int n, Random random) {
    List<Item> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      JsonNode base = graded.get(i % graded.size());
      String scenario = base.get("scenario").asText();
      List<JsonNode> same =
          graded.stream().filter(g -> g.get("scenario").asText().equals(scenario)).toList();
      String donor = same.get(random.nextInt(same.size())).get("answer").asText();
      List<String> sentences =
          new ArrayList<>(Arrays.asList(base.get("answer").asText().split("(?<=[.!?])\\s+")));
      String[] extra = donor.split("(?<=[.!?])\\s+");
      sentences.add(random.nextInt(sentences.size() + 1), extra[random.nextInt(extra.length)]);
      out.add(
          new Item(
              typo(String.join(" ", sentences), random),
              bank.find(scenario).get(),
              Level.valueOf(base.get("level").asText())));
    }
    return out;
  }

  /** Swaps two neighbouring letters in one longer word. */
  static String typo(String text, Random random) {
    String[] words = text.split(" ");
    for (int tries = 0; tries < 10; tries++) {
      int w = random.nextInt(words.length);
      if (words[w].length() >= 6 && words[w].chars().allMatch(Character::isLetter)) {
        char[] c = words[w].toCharArray();
        int k = 1 + random.nextInt(c.length - 3);
        char t = c[k];
        c[k] = c[k + 1];
        c[k + 1] = t;
        words[w] = new String(c);
        break;
      }
    }
    return String.join(" ", words);
  }

  static double median(double[] values) {
    double[] v = values.clone();
    Arrays.sort(v);
    return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
  }
}
