package dev.mockloop.scoring;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import dev.mockloop.bank.Bank;
import dev.mockloop.bank.BankLoader;
import dev.mockloop.bank.Level;
import dev.mockloop.bank.Scenario;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The cost of the embedding signal, meant to run in a fresh JVM (bench/embeddings.sh): model load
 * time, milliseconds per 300-word answer, and the resident memory it adds to a JVM that has loaded
 * the bank and scored the blind set. {@code cost-baseline} stops before the model.
 */
final class EmbeddingCost {
  private EmbeddingCost() {}

  static void run(boolean baselineOnly) throws IOException, InterruptedException {
    long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
    Bank bank = BankLoader.load(Path.of("questions")).bank();
    Scorer scorer = new Scorer(bank.glossary());
    ObjectMapper json = new ObjectMapper();
    List<String> texts = new ArrayList<>();
    List<JsonNode> mains = new ArrayList<>();
    for (String line : Files.readAllLines(EmbeddingMeasurement.BLIND)) {
      JsonNode n = json.readTree(line);
      texts.add(n.get("answer").asText());
      if (!n.has("follow_up")) {
        mains.add(n);
      }
    }
    List<String> answers300 = answers300(texts);
    // the app's resident state: bank loaded, scorer compiled and warm
    for (int round = 0; round < 3; round++) {
      for (JsonNode n : mains) {
        Scenario s = bank.find(n.get("scenario").asText()).orElseThrow();
        scorer.scoreMain(
            n.get("answer").asText(), s, Level.parse(n.get("level").asText()).orElseThrow());
      }
    }
    Scenario any = bank.find(mains.get(0).get("scenario").asText()).orElseThrow();
    Level anyLevel = Level.parse(mains.get(0).get("level").asText()).orElseThrow();
    long[] scoreNs = new long[answers300.size()];
    for (int i = 0; i < answers300.size(); i++) {
      long t = System.nanoTime();
      scorer.scoreMain(answers300.get(i), any, anyLevel);
      scoreNs[i] = System.nanoTime() - t;
    }
    long base = settledRss();
    System.out.printf(
        Locale.ROOT,
        "baseline: bank loaded, blind set scored x3; RSS %d MB, "
            + "peak %d MB; scorer %.2f ms per 300-word answer (median)%n",
        base >> 20,
        status("VmHWM") >> 20,
        median(scoreNs) / 1e6);
    if (baselineOnly) {
      return;
    }

    long t0 = System.nanoTime();
    EmbeddingModel model = new AllMiniLmL6V2QuantizedEmbeddingModel();
    long built = System.nanoTime();
    model.embed("warm up the session with a first sentence");
    long ready = System.nanoTime();
    long afterLoad = settledRss();
    System.out.printf(
        Locale.ROOT,
        "model: constructed in %.2f s, first embedding after %.2f s; "
            + "ready %.2f s after JVM start; RSS +%d MB after load%n",
        (built - t0) / 1e9,
        (ready - t0) / 1e9,
        (System.currentTimeMillis() - jvmStart) / 1e3,
        (afterLoad - base) >> 20);

    int warm = 5;
    for (int i = 0; i < warm; i++) {
      embedAll(model, answers300.get(i));
    }
    var os =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    int n = answers300.size() - warm;
    long[] parallel = new long[n];
    long[] sequential = new long[n];
    int sentences = 0;
    long cpu0 = os.getProcessCpuTime();
    for (int i = 0; i < n; i++) {
      String a = answers300.get(warm + i);
      sentences += EmbeddingMeasurement.sentences(a).size();
      long t = System.nanoTime();
      embedAll(model, a);
      parallel[i] = System.nanoTime() - t;
    }
    long cpu1 = os.getProcessCpuTime();
    for (int i = 0; i < n; i++) {
      String a = answers300.get(warm + i);
      long t = System.nanoTime();
      for (String s : EmbeddingMeasurement.sentences(a)) {
        model.embed(s);
      }
      sequential[i] = System.nanoTime() - t;
    }
    long cpu2 = os.getProcessCpuTime();
    long after = settledRss();
    System.out.printf(
        Locale.ROOT,
        "per 300-word answer (%d answers, %.1f sentences each, %d "
            + "cores): embedAll %.0f ms median (%.0f-%.0f), %.0f ms CPU; one sentence at a time "
            + "%.0f ms median, %.0f ms CPU%n",
        n,
        sentences / (double) n,
        Runtime.getRuntime().availableProcessors(),
        median(parallel) / 1e6,
        Arrays.stream(parallel).min().orElseThrow() / 1e6,
        Arrays.stream(parallel).max().orElseThrow() / 1e6,
        (cpu1 - cpu0) / 1e6 / n,
        median(sequential) / 1e6,
        (cpu2 - cpu1) / 1e6 / n);
    System.out.printf(
        Locale.ROOT,
        "memory: RSS %d MB (+%d MB over baseline), peak %d MB%n",
        after >> 20,
        (after - base) >> 20,
        status("VmHWM") >> 20);
    System.exit(0); // the model's executor threads are not daemons
  }

  private static void embedAll(EmbeddingModel model, String answer) {
    model.embedAll(EmbeddingMeasurement.sentences(answer).stream().map(TextSegment::from).toList());
  }

  /** Answers of about 300 words: whole sentences of the blind set's answers, in order. */
  static List<String> answers300(List<String> texts) {
    List<String> out = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    int words = 0;
    for (String t : texts) {
      for (String s : EmbeddingMeasurement.sentences(t)) {
        cur.append(s).append(s.matches(".*[.!?;]$") ? " " : ". ");
        words += s.split("\\s+").length;
        if (words >= 300) {
          out.add(cur.toString().strip());
          cur.setLength(0);
          words = 0;
          if (out.size() == 35) {
            return out;
          }
        }
      }
    }
    return out;
  }

  static double median(long[] xs) {
    long[] s = xs.clone();
    Arrays.sort(s);
    return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2.0;
  }

  static long settledRss() throws InterruptedException {
    System.gc();
    Thread.sleep(300);
    return status("VmRSS");
  }

  /** A /proc/self/status field in bytes. */
  static long status(String field) {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith(field + ":")) {
          return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
        }
      }
    } catch (IOException e) {
      return -1;
    }
    return -1;
  }
}
