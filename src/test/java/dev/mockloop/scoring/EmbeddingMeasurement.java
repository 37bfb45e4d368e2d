package dev.mockloop.scoring;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import dev.mockloop.bank.Bank;
import dev.mockloop.bank.BankLoader;
import dev.mockloop.bank.FollowUp;
import dev.mockloop.bank.Level;
import dev.mockloop.bank.LevelSpec;
import dev.mockloop.bank.RubricPoint;
import dev.mockloop.bank.Scenario;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Measures sentence embeddings (in-process quantized all-MiniLM-L6-v2) as a further signal for
 * rubric points said in other words, on the blind calibration set (issue 10, item 8). Not part of
 * the build: compiled and run only with {@code -Pembeddings}.
 *
 * <pre>
 *   mvn -B -Pembeddings test-compile exec:java                      # the measurement
 *   mvn -B -Pembeddings test-compile exec:java -Dexec.args=cost     # cost, in Maven's JVM
 *   bench/embeddings.sh                                             # both, cost in fresh JVMs
 * </pre>
 *
 * <p>For every answer the current scorer's card is computed with its formula inputs ({@link
 * Scorer#scoredMain}); every missed point that has no dismissed mention may then earn a semantic
 * credit from a sentence of the answer that passes the variant's gates, and the total is recomputed
 * by {@link ScoreFormula#score} with the extra coverage. Thresholds are chosen on the {@code dev}
 * split only; results are reported on {@code dev}, {@code test} and all.
 */
public final class EmbeddingMeasurement {
  static final Path BLIND = Path.of("src/test/resources/calibration/blind.jsonl");
  static final Path CACHE = Path.of("target/embeddings/cache.bin");
  static final Path REPORT = Path.of("target/embeddings/report.md");
  static final List<String> ADVERSARIAL_MAIN = List.of("echo", "filler", "rejecting", "buzzword");
  static final List<String> ADVERSARIAL_FU = List.of("fu-echo", "fu-rejecting", "fu-offtopic");
  static final Set<String> ADVERSARIAL = new HashSet<>();

  static {
    ADVERSARIAL.addAll(ADVERSARIAL_MAIN);
    ADVERSARIAL.addAll(ADVERSARIAL_FU);
  }

  /** Negation and dismissal cues; a sentence holding one earns no semantic credit. */
  static final Pattern NEGATION =
      Pattern.compile(
          "(?i)\\b(not|no|never|without|nor|neither|none"
              + "|cannot|instead of|rather than|avoid|skip|ignore|forget|premature|overkill|unnecessary"
              + "|pointless|irrelevant|waste|nice-to-have|non-issue|overrated|hype|distraction|can wait"
              + "|hung up|obsess\\w*|overthink\\w*|bikeshed\\w*)\\b|n['\u2019]t\\b");

  static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?;])\\s+|\\s*\\n+\\s*");
  static final Set<String> PLACEHOLDER_TERMS = Set.of("number", "percent", "money", "duration");

  /** A sentence of an answer, with its lexical terms (the scorer's analysis chain). */
  record Sentence(
      String text, boolean negated, boolean listed, Set<String> terms, boolean scoped) {}

  /** One blind answer, scored by the current scorer. */
  record Answer(
      String set,
      String id,
      String kind,
      String split,
      boolean followUp,
      double grade,
      Scorer.Scored scored,
      List<RubricPoint> rubric,
      List<Sentence> sentences,
      List<String> question,
      Set<String> questionTerms) {
    /** The scorer found a dismissed or inverted rubric point in this answer. */
    boolean dismissed() {
      return scored.inputs().dismissedPoints() > 0;
    }
  }

  /** Features of one missed point of one answer, per point-text variant. */
  record Missed(
      int weight,
      double[][] cos,
      double[] meanCos,
      double[] questionCos,
      boolean[] lex,
      boolean[] lexNew,
      boolean zero) {}

  /** Which texts stand for a rubric point. */
  enum PointText {
    POINT,
    POINT_HINT,
    POINT_HINT_ALTS
  }

  /** The per-point gate. */
  enum Gate {
    /** cos >= T alone (OR-ing embeddings with keywords). */
    NONE,
    /** and the sentence shares a term with the point's phrases / concept groups. */
    LEXICAL,
    /** and that shared term is not one of the question's own words. */
    LEXICAL_NEW,
    /** and cos exceeds the answer's mean similarity to this point by M. */
    ANSWER_MARGIN,
    /** and cos exceeds the question's own similarity to this point by M. */
    QUESTION_MARGIN,
    /** LEXICAL_NEW and ANSWER_MARGIN together. */
    STRICT,
    /** LEXICAL and ANSWER_MARGIN together (the shared term may be one of the question's). */
    LEXICAL_MARGIN
  }

  record Variant(
      PointText text,
      Gate gate,
      double credit,
      double t,
      double m,
      double echoMax,
      boolean dropNegated,
      boolean dropListed,
      boolean dropScoped,
      boolean skipDismissing,
      double covFloor,
      boolean zeroOnly) {
    Variant(
        PointText text,
        Gate gate,
        double credit,
        double t,
        double m,
        double echoMax,
        boolean dropNegated,
        boolean dropListed) {
      this(text, gate, credit, t, m, echoMax, dropNegated, dropListed, false, false, 0, false);
    }

    Variant(
        PointText text,
        Gate gate,
        double credit,
        double t,
        double m,
        double echoMax,
        boolean dropNegated) {
      this(text, gate, credit, t, m, echoMax, dropNegated, false, false, false, 0, false);
    }

    String label() {
      return String.format(
          Locale.ROOT,
          "%s / %s / %s",
          text.name().toLowerCase(Locale.ROOT).replace('_', '+'),
          gate.name().toLowerCase(Locale.ROOT).replace('_', '-'),
          credit == 1 ? "full" : "half");
    }

    String params() {
      return String.format(
              Locale.ROOT,
              "T=%.3f%s, echo<%s, %s",
              t,
              gate == Gate.ANSWER_MARGIN
                      || gate == Gate.QUESTION_MARGIN
                      || gate == Gate.STRICT
                      || gate == Gate.LEXICAL_MARGIN
                  ? String.format(Locale.ROOT, ", M=%.2f", m)
                  : "",
              echoMax > 1 ? "off" : String.format(Locale.ROOT, "%.2f", echoMax),
              dropNegated ? "neg dropped" : "neg kept")
          + (dropListed ? ", listed dropped" : "")
          + (dropScoped ? ", in-scope dropped" : "")
          + (skipDismissing ? ", dismissing answers skipped" : "")
          + (covFloor > 0 ? String.format(Locale.ROOT, ", coverage>=%.2f", covFloor) : "")
          + (zeroOnly ? ", zero-evidence points only" : "");
    }
  }

  /** The outcome of one variant on one answer. */
  record Outcome(int score, int credits) {}

  private final Bank bank;
  private final TextAnalyzer analyzer;
  private final Map<String, float[]> vectors = new HashMap<>();
  final List<Answer> answers = new ArrayList<>();
  final List<List<Missed>> missed = new ArrayList<>();
  private EmbeddingModel model;

  EmbeddingMeasurement() throws IOException {
    bank = BankLoader.load(Path.of("questions")).bank();
    analyzer = new TextAnalyzer(bank.glossary(), TextAnalyzer.Stemmer.PORTER);
  }

  public static void main(String[] args) throws Exception {
    String mode = args.length == 0 ? "measure" : args[0];
    switch (mode) {
      case "measure" -> new EmbeddingMeasurement().measure();
      case "cost" -> EmbeddingCost.run(false);
      case "cost-baseline" -> EmbeddingCost.run(true);
      case "heldout" -> EmbeddingHeldOut.run(new EmbeddingMeasurement());
      default ->
          throw new IllegalArgumentException("mode: measure | heldout | cost | cost-baseline");
    }
  }

  // ---------------------------------------------------------------- data

  static List<String> sentences(String text) {
    List<String> out = new ArrayList<>();
    for (String s : SENTENCE_END.split(text.strip())) {
      String t = s.strip().replaceFirst("^[-*\u2022]\\s*", "");
      if (t.split("\\s+").length >= 3) {
        out.add(t);
      }
    }
    return out;
  }

  private Set<String> terms(String text) {
    Set<String> out = new HashSet<>();
    for (Token t : analyzer.analyze(text)) {
      if (!t.stop() && !PLACEHOLDER_TERMS.contains(t.term())) {
        out.add(t.term());
      }
    }
    return out;
  }

  private void load() throws IOException {
    load(List.of("blind"));
  }

  /** Loads calibration sets by name ({@code blind}, {@code blind-ninth}, ...). */
  void load(List<String> sets) throws IOException {
    for (String set : sets) {
      load(set, BLIND.resolveSibling(set + ".jsonl"));
    }
  }

  private void load(String set, Path file) throws IOException {
    Scorer scorer = new Scorer(bank.glossary());
    ObjectMapper json = new ObjectMapper();
    for (String line : Files.readAllLines(file)) {
      JsonNode n = json.readTree(line);
      Scenario s = bank.find(n.get("scenario").asText()).orElseThrow();
      Level level = Level.parse(n.get("level").asText()).orElseThrow();
      LevelSpec spec = s.level(level);
      String text = n.get("answer").asText();
      Scorer.Scored scored;
      List<RubricPoint> rubric;
      List<String> question = new ArrayList<>();
      question.addAll(sentences(spec.prompt()));
      question.addAll(sentences(spec.context() == null ? "" : spec.context()));
      String questionText = spec.prompt() + "\n" + (spec.context() == null ? "" : spec.context());
      if (n.has("follow_up")) {
        FollowUp f = spec.followUp(n.get("follow_up").asText());
        scored = scorer.scoredFollowUp(text, s, level, f);
        rubric = f.rubric();
        question.addAll(sentences(f.ask()));
        questionText += "\n" + f.ask();
      } else {
        scored = scorer.scoredMain(text, s, level);
        rubric = spec.rubric();
      }
      List<Sentence> sents = new ArrayList<>();
      AnalyzedAnswer analyzed = new AnalyzedAnswer(text, analyzer);
      int from = 0;
      for (String st : sentences(text)) {
        int at = Math.max(0, text.indexOf(st, from));
        from = at + st.length();
        int words = 0;
        int listed = 0;
        boolean scoped = false;
        for (int w = 0; w < analyzed.words.size(); w++) {
          Word word = analyzed.words.get(w);
          if (word.start() >= at && word.end() <= at + st.length()) {
            words++;
            listed += analyzed.listedWord[w] ? 1 : 0;
            scoped |= analyzed.negatedWord[w] || analyzed.deniedAfterWord[w];
          }
        }
        // a sentence that names terms without stating them (ListItems: inline lists, "X and Y
        // are important", "think about Z") earns no semantic credit when dropListed is on
        sents.add(
            new Sentence(
                st,
                NEGATION.matcher(st).find(),
                words > 0 && listed >= 0.25 * words,
                terms(st),
                scoped));
      }
      answers.add(
          new Answer(
              set,
              n.get("id").asText(),
              n.get("kind").asText(),
              n.has("split") ? n.get("split").asText() : set,
              n.has("follow_up"),
              n.get("grade").asDouble(),
              scored,
              rubric,
              sents,
              question,
              terms(questionText)));
    }
  }

  static String alternatives(RubricPoint p) {
    List<String> out = new ArrayList<>();
    for (String ph : p.phrases()) {
      if (!ph.startsWith("<")) {
        out.add(ph);
      }
    }
    return String.join(", ", new LinkedHashSet<>(out));
  }

  static List<String> pointTexts(RubricPoint p, PointText which) {
    List<String> out = new ArrayList<>();
    out.add(p.point());
    if (which != PointText.POINT && !p.hint().isBlank()) {
      out.add(p.hint());
    }
    if (which == PointText.POINT_HINT_ALTS) {
      out.add(alternatives(p));
    }
    return out;
  }

  // ---------------------------------------------------------------- embeddings

  void embedAll() throws IOException {
    readCache();
    Set<String> need = new LinkedHashSet<>();
    for (Answer a : answers) {
      a.sentences().forEach(s -> need.add(s.text()));
      need.addAll(a.question());
      for (RubricPoint p : a.rubric()) {
        need.addAll(pointTexts(p, PointText.POINT_HINT_ALTS));
      }
    }
    need.removeAll(vectors.keySet());
    if (!need.isEmpty()) {
      System.err.printf("embedding %d texts...%n", need.size());
      long t0 = System.nanoTime();
      model = model == null ? new AllMiniLmL6V2QuantizedEmbeddingModel() : model;
      List<String> todo = new ArrayList<>(need);
      for (int i = 0; i < todo.size(); i += 256) {
        List<String> chunk = todo.subList(i, Math.min(todo.size(), i + 256));
        List<Embedding> e =
            model.embedAll(chunk.stream().map(TextSegment::from).toList()).content();
        for (int j = 0; j < chunk.size(); j++) {
          vectors.put(chunk.get(j), normalized(e.get(j).vector()));
        }
        System.err.printf("  %d / %d%n", Math.min(todo.size(), i + 256), todo.size());
      }
      System.err.printf("embedded in %.1f s%n", (System.nanoTime() - t0) / 1e9);
      writeCache();
    }
  }

  static float[] normalized(float[] v) {
    double n = 0;
    for (float x : v) {
      n += x * x;
    }
    n = Math.sqrt(n);
    float[] out = new float[v.length];
    for (int i = 0; i < v.length; i++) {
      out[i] = (float) (v[i] / n);
    }
    return out;
  }

  double cos(String a, String b) {
    float[] x = vectors.get(a);
    float[] y = vectors.get(b);
    double d = 0;
    for (int i = 0; i < x.length; i++) {
      d += x[i] * y[i];
    }
    return d;
  }

  private void readCache() throws IOException {
    if (!Files.exists(CACHE)) {
      return;
    }
    try (DataInputStream in =
        new DataInputStream(new BufferedInputStream(Files.newInputStream(CACHE)))) {
      int n = in.readInt();
      for (int i = 0; i < n; i++) {
        String key = new String(in.readNBytes(in.readInt()), StandardCharsets.UTF_8);
        float[] v = new float[in.readInt()];
        for (int j = 0; j < v.length; j++) {
          v[j] = in.readFloat();
        }
        vectors.put(key, v);
      }
    }
  }

  private void writeCache() throws IOException {
    Files.createDirectories(CACHE.getParent());
    try (DataOutputStream out =
        new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(CACHE)))) {
      out.writeInt(vectors.size());
      for (Map.Entry<String, float[]> e : vectors.entrySet()) {
        byte[] k = e.getKey().getBytes(StandardCharsets.UTF_8);
        out.writeInt(k.length);
        out.write(k);
        out.writeInt(e.getValue().length);
        for (float f : e.getValue()) {
          out.writeFloat(f);
        }
      }
    }
  }

  // ---------------------------------------------------------------- features

  void features() {
    for (Answer a : answers) {
      List<Missed> ms = new ArrayList<>();
      int ns = a.sentences().size();
      for (int pi = 0; pi < a.rubric().size(); pi++) {
        RubricPoint rp = a.rubric().get(pi);
        PointResult pr = a.scored().card().points().get(pi);
        if (!pr.id().equals(rp.id())) {
          throw new IllegalStateException("rubric order " + rp.id() + " vs " + pr.id());
        }
        if (pr.covered() || !pr.negated().isEmpty()) {
          ms.add(null); // covered (stated or listed), or a mention was dismissed: no credit
          continue;
        }
        Set<String> pointTerms = new HashSet<>();
        for (String ph : rp.phrases()) {
          pointTerms.addAll(terms(ph));
        }
        int nv = PointText.values().length;
        double[][] c = new double[nv][ns];
        double[] mean = new double[nv];
        double[] qc = new double[nv];
        for (PointText v : PointText.values()) {
          List<String> texts = pointTexts(rp, v);
          for (int s = 0; s < ns; s++) {
            double best = -1;
            for (String t : texts) {
              best = Math.max(best, cos(a.sentences().get(s).text(), t));
            }
            c[v.ordinal()][s] = best;
            mean[v.ordinal()] += best / Math.max(1, ns);
          }
          double q = -1;
          for (String qs : a.question()) {
            for (String t : texts) {
              q = Math.max(q, cos(qs, t));
            }
          }
          qc[v.ordinal()] = q;
        }
        boolean[] lex = new boolean[ns];
        boolean[] lexNew = new boolean[ns];
        for (int s = 0; s < ns; s++) {
          for (String t : a.sentences().get(s).terms()) {
            if (pointTerms.contains(t)) {
              lex[s] = true;
              if (!a.questionTerms().contains(t)) {
                lexNew[s] = true;
              }
            }
          }
        }
        boolean zero =
            pr.evidence().isEmpty() && pr.echoed().isEmpty() && pr.unquantified().isEmpty();
        ms.add(new Missed(rp.weight(), c, mean, qc, lex, lexNew, zero));
      }
      missed.add(ms);
    }
  }

  /** Per answer: each sentence's highest similarity to a sentence of the question. */
  final List<double[]> echo = new ArrayList<>();

  void echoes() {
    for (Answer a : answers) {
      double[] e = new double[a.sentences().size()];
      for (int s = 0; s < e.length; s++) {
        double best = -1;
        for (String q : a.question()) {
          best = Math.max(best, cos(a.sentences().get(s).text(), q));
        }
        e[s] = best;
      }
      echo.add(e);
    }
  }

  // ---------------------------------------------------------------- scoring a variant

  /** A semantic credit: a missed point, the sentence that earns it, their similarity. */
  record Credit(int point, int sentence, double cos) {}

  /** The credits a variant gives one answer (null variant: none). */
  List<Credit> credits(int ai, Variant v) {
    Answer a = answers.get(ai);
    List<Credit> out = new ArrayList<>();
    if (v == null) {
      return out;
    }
    List<Missed> ms = missed.get(ai);
    double[] e = echo.get(ai);
    if ((v.skipDismissing() && a.dismissed()) || a.scored().inputs().coverage() < v.covFloor()) {
      return out;
    }
    List<Credit> cands = new ArrayList<>();
    int vi = v.text().ordinal();
    for (int p = 0; p < ms.size(); p++) {
      Missed m = ms.get(p);
      if (m == null || (v.zeroOnly() && !m.zero())) {
        continue;
      }
      for (int s = 0; s < e.length; s++) {
        double c = m.cos()[vi][s];
        if (c < v.t()
            || e[s] >= v.echoMax()
            || (v.dropNegated() && a.sentences().get(s).negated())
            || (v.dropScoped() && a.sentences().get(s).scoped())
            || (v.dropListed() && a.sentences().get(s).listed())) {
          continue;
        }
        boolean pass =
            switch (v.gate()) {
              case NONE -> true;
              case LEXICAL -> m.lex()[s];
              case LEXICAL_NEW -> m.lexNew()[s];
              case ANSWER_MARGIN -> c - m.meanCos()[vi] >= v.m();
              case QUESTION_MARGIN -> c - m.questionCos()[vi] >= v.m();
              case STRICT -> m.lexNew()[s] && c - m.meanCos()[vi] >= v.m();
              case LEXICAL_MARGIN -> m.lex()[s] && c - m.meanCos()[vi] >= v.m();
            };
        if (pass) {
          cands.add(new Credit(p, s, c));
        }
      }
    }
    // one sentence credits one point, one point takes one sentence: greedy by similarity
    cands.sort(Comparator.comparingDouble(Credit::cos).reversed());
    Set<Integer> usedP = new HashSet<>();
    Set<Integer> usedS = new HashSet<>();
    for (Credit c : cands) {
      if (usedP.add(c.point())) {
        if (usedS.add(c.sentence())) {
          out.add(c);
        } else {
          usedP.remove(c.point());
        }
      }
    }
    return out;
  }

  Outcome outcome(int ai, Variant v) {
    Answer a = answers.get(ai);
    List<Credit> chosen = credits(ai, v);
    if (chosen.isEmpty()) {
      return new Outcome(a.scored().card().score(), 0);
    }
    List<Missed> ms = missed.get(ai);
    double extra = 0;
    for (Credit c : chosen) {
      extra += v.credit() * ms.get(c.point()).weight();
    }
    int credits = chosen.size();
    int total = a.scored().card().points().stream().mapToInt(PointResult::weight).sum();
    ScoreFormula.Inputs in = a.scored().inputs();
    ScoreFormula.Inputs boosted =
        new ScoreFormula.Inputs(
            Math.min(1, in.coverage() + extra / total),
            in.otherCoverage(),
            in.signals(),
            in.pastedShare(),
            in.followUp(),
            in.buzzwordShare(),
            in.dismissedPoints(),
            in.storyFailures(),
            in.toldSentences(),
            in.narrated(),
            in.listedShare(),
            in.scope());
    return new Outcome(ScoreFormula.score(boosted), credits);
  }

  /** Every answer's outcome under a variant (null: the current scorer). */
  Outcome[] run(Variant v) {
    Outcome[] out = new Outcome[answers.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = outcome(i, v);
    }
    return out;
  }

  // ---------------------------------------------------------------- statistics

  double rho(Outcome[] o, Predicate<Answer> which) {
    List<Calibration.Graded> g = new ArrayList<>();
    for (int i = 0; i < o.length; i++) {
      Answer a = answers.get(i);
      if (which.test(a)) {
        g.add(new Calibration.Graded(a.id(), "all", "all", a.grade(), o[i].score()));
      }
    }
    return Calibration.of(g).spearman();
  }

  double mean(Outcome[] o, Predicate<Answer> which) {
    double sum = 0;
    int n = 0;
    for (int i = 0; i < o.length; i++) {
      if (which.test(answers.get(i))) {
        sum += o[i].score();
        n++;
      }
    }
    return n == 0 ? Double.NaN : sum / n;
  }

  /** Share of the selected answers given at least one semantic credit. */
  double creditRate(Outcome[] o, Predicate<Answer> which) {
    int with = 0;
    int n = 0;
    for (int i = 0; i < o.length; i++) {
      if (which.test(answers.get(i))) {
        n++;
        with += o[i].credits() > 0 ? 1 : 0;
      }
    }
    return n == 0 ? Double.NaN : (double) with / n;
  }

  double creditsPer(Outcome[] o, Predicate<Answer> which) {
    int sum = 0;
    int n = 0;
    for (int i = 0; i < o.length; i++) {
      if (which.test(answers.get(i))) {
        n++;
        sum += o[i].credits();
      }
    }
    return n == 0 ? Double.NaN : (double) sum / n;
  }

  static Predicate<Answer> split(String s) {
    return "all".equals(s) ? a -> true : a -> a.split().equals(s);
  }

  static Predicate<Answer> kind(String k) {
    return a -> a.kind().equals(k);
  }

  static final Predicate<Answer> MAIN = a -> !a.followUp();
  static final Predicate<Answer> FU = Answer::followUp;
  static final Predicate<Answer> PLAIN4 = a -> a.kind().equals("strong-plain") && a.grade() == 4;
  static final Predicate<Answer> JARGON4 = a -> a.kind().equals("strong-jargon") && a.grade() == 4;
  static final Predicate<Answer> ADV = a -> ADVERSARIAL.contains(a.kind());
  static final Predicate<Answer> ADV_MAIN = a -> ADVERSARIAL_MAIN.contains(a.kind());
  static final Predicate<Answer> ADV_FU = a -> ADVERSARIAL_FU.contains(a.kind());

  // ---------------------------------------------------------------- selection on dev

  /** What a variant does on the dev split, against the current scorer. */
  record Dev(Variant v, double dRho, double dPlain, double dAdv, double dJargon) {}

  Dev onDev(Variant v, Outcome[] base) {
    Outcome[] o = run(v);
    Predicate<Answer> dev = split("dev");
    double dRho =
        rho(o, dev.and(MAIN))
            - rho(base, dev.and(MAIN))
            + rho(o, dev.and(FU))
            - rho(base, dev.and(FU));
    return new Dev(
        v,
        dRho,
        mean(o, dev.and(PLAIN4)) - mean(base, dev.and(PLAIN4)),
        mean(o, dev.and(ADV)) - mean(base, dev.and(ADV)),
        mean(o, dev.and(JARGON4)) - mean(base, dev.and(JARGON4)));
  }

  /** Adversarial answers may rise at most this much (mean, on dev) for a variant to qualify. */
  static final double ADV_BUDGET = 1.0;

  static double[] grid(double from, double to, double step) {
    int n = (int) Math.round((to - from) / step) + 1;
    double[] out = new double[n];
    for (int i = 0; i < n; i++) {
      out[i] = from + i * step;
    }
    return out;
  }

  /**
   * The dev-best variant of a family: the largest gain in dev Spearman (main + follow-up) among
   * those raising dev adversarial answers by at most {@link #ADV_BUDGET} points; ties go to the
   * larger gain on plain-words answers. A family where nothing qualifies returns its
   * highest-threshold variant (close to no credit at all), flagged by the caller.
   */
  Dev select(PointText text, Gate gate, double credit, boolean exclusions, Outcome[] base) {
    return select(text, gate, credit, exclusions, base, ADV_BUDGET);
  }

  Dev select(
      PointText text, Gate gate, double credit, boolean exclusions, Outcome[] base, double budget) {
    double[] ts = grid(0.30, 0.85, 0.025);
    double[] ms =
        gate == Gate.ANSWER_MARGIN || gate == Gate.QUESTION_MARGIN || gate == Gate.STRICT
            ? new double[] {0.0, 0.05, 0.10, 0.15, 0.20, 0.25}
            : new double[] {0};
    double[] es = exclusions ? new double[] {0.55, 0.65, 0.75, 2} : new double[] {2};
    boolean[] negs = exclusions ? new boolean[] {true, false} : new boolean[] {false};
    Dev best = null;
    for (double t : ts) {
      for (double m : ms) {
        for (double e : es) {
          for (boolean neg : negs) {
            for (boolean listed : negs) {
              Dev d = onDev(new Variant(text, gate, credit, t, m, e, neg, listed), base);
              if (d.dAdv() > budget) {
                continue;
              }
              if (best == null
                  || d.dRho() > best.dRho() + 1e-9
                  || (Math.abs(d.dRho() - best.dRho()) <= 1e-9 && d.dPlain() > best.dPlain())) {
                best = d;
              }
            }
          }
        }
      }
    }
    return best != null
        ? best
        : onDev(new Variant(text, gate, credit, 0.85, 0.25, 0.55, true), base);
  }

  // ---------------------------------------------------------------- report

  private void measure() throws IOException {
    long t0 = System.nanoTime();
    load();
    embedAll();
    features();
    echoes();
    // sanity: the formula recomputed from the inputs reproduces every card's score
    for (Answer a : answers) {
      int again = ScoreFormula.score(a.scored().inputs());
      if (again != a.scored().card().score()) {
        throw new IllegalStateException(a.id() + ": " + again + " vs " + a.scored().card().score());
      }
    }
    Outcome[] base = run(null);
    StringBuilder md = new StringBuilder();
    int sentences = answers.stream().mapToInt(a -> a.sentences().size()).sum();
    long missedPoints = missed.stream().flatMap(List::stream).filter(m -> m != null).count();
    md.append(
        String.format(
            Locale.ROOT,
            "%d answers (%d main, %d follow-up; dev %d, test %d), "
                + "%d sentences, %d missed points eligible for semantic credit, %d distinct texts "
                + "embedded.%n%n",
            answers.size(),
            answers.stream().filter(MAIN).count(),
            answers.stream().filter(FU).count(),
            answers.stream().filter(split("dev")).count(),
            answers.stream().filter(split("test")).count(),
            sentences,
            missedPoints,
            vectors.size()));

    // the variants: every family tuned on dev
    List<Dev> chosen = new ArrayList<>();
    for (PointText text : PointText.values()) {
      for (double credit : new double[] {0.5, 1.0}) {
        Dev tuned = select(text, Gate.NONE, credit, false, base, Double.POSITIVE_INFINITY);
        naiveTuned.add(text + " " + credit + ": " + tuned.v().params());
      }
    }
    for (double t : new double[] {0.50, 0.60}) {
      Dev d = onDev(new Variant(PointText.POINT_HINT, Gate.NONE, 0.5, t, 0, 2, false), base);
      naive.add(d);
      chosen.add(d);
    }
    for (PointText text : PointText.values()) {
      for (double credit : new double[] {0.5, 1.0}) {
        for (Gate gate : Gate.values()) {
          if (gate == Gate.LEXICAL_MARGIN) {
            continue; // added for the held-out measurement (EmbeddingHeldOut)
          }
          chosen.add(select(text, gate, credit, true, base));
        }
      }
    }

    md.append("### Variants, each tuned on dev\n\n");
    md.append(
        "Thresholds chosen on `dev` only: the largest dev gain in Spearman (main + "
            + "follow-up) among settings that raise dev adversarial answers by at most "
            + ADV_BUDGET
            + " point on average. \"naive\" is the ungated OR (no gate, no sentence "
            + "exclusions) at a fixed T, for reference: tuned on dev with no limit on the "
            + "adversarial rise, the naive OR gives no credit at all ("
            + String.join("; ", naiveTuned)
            + "), because every lower T lowers dev Spearman. Δ columns are mean score changes in "
            + "points.\n\n");
    md.append(
        "| # | point text / gate / credit | chosen on dev | dev Δrho (main+fu) "
            + "| dev Δ plain | dev Δ jargon | dev Δ adversarial |\n|---|---|---|---|---|---|---|\n");
    for (int i = 0; i < chosen.size(); i++) {
      Dev d = chosen.get(i);
      md.append(
          String.format(
              Locale.ROOT,
              "| %d | %s%s | %s | %+.3f | %+.1f | %+.1f | %+.1f |%n",
              i + 1,
              d.v().label(),
              naive.contains(d) ? " (naive)" : "",
              d.v().params(),
              d.dRho(),
              d.dPlain(),
              d.dJargon(),
              d.dAdv()));
    }
    md.append('\n');

    List<Variant> report = new ArrayList<>();
    report.add(null);
    chosen.forEach(d -> report.add(d.v()));
    md.append("### Spearman's rho against the blind grades\n\n");
    md.append(
        "| # | variant | main dev | main test | main all | fu dev | fu test | fu all |\n"
            + "|---|---|---|---|---|---|---|---|\n");
    for (int i = 0; i < report.size(); i++) {
      Variant v = report.get(i);
      Outcome[] o = run(v);
      md.append(
          String.format(
              Locale.ROOT,
              "| %s | %s | %.3f | %.3f | %.3f | %.3f | %.3f | %.3f |%n",
              i == 0 ? "0" : String.valueOf(i),
              name(v, i),
              rho(o, split("dev").and(MAIN)),
              rho(o, split("test").and(MAIN)),
              rho(o, MAIN),
              rho(o, split("dev").and(FU)),
              rho(o, split("test").and(FU)),
              rho(o, FU)));
    }
    md.append('\n');

    for (String sp : List.of("all", "test")) {
      Predicate<Answer> in = split(sp);
      md.append("### Group means (" + sp + ")\n\n");
      md.append(
          "| # | variant | plain 4 | jargon 4 | gap | voice | mid | weak | fu-strong "
              + "| echo | filler | rejecting | buzzword | fu-echo | fu-rejecting | fu-offtopic |\n"
              + "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|\n");
      for (int i = 0; i < report.size(); i++) {
        Outcome[] o = run(report.get(i));
        double plain = mean(o, in.and(PLAIN4));
        double jargon = mean(o, in.and(JARGON4));
        md.append(
            String.format(
                Locale.ROOT,
                "| %d | %s | %.1f | %.1f | %.1f | %.1f | %.1f | %.1f "
                    + "| %.1f | %.1f | %.1f | %.1f | %.1f | %.1f | %.1f | %.1f |%n",
                i,
                name(report.get(i), i),
                plain,
                jargon,
                jargon - plain,
                mean(o, in.and(kind("voice"))),
                mean(o, in.and(kind("mid"))),
                mean(o, in.and(kind("weak"))),
                mean(o, in.and(kind("fu-strong"))),
                mean(o, in.and(kind("echo"))),
                mean(o, in.and(kind("filler"))),
                mean(o, in.and(kind("rejecting"))),
                mean(o, in.and(kind("buzzword"))),
                mean(o, in.and(kind("fu-echo"))),
                mean(o, in.and(kind("fu-rejecting"))),
                mean(o, in.and(kind("fu-offtopic")))));
      }
      md.append('\n');
    }

    md.append("### Semantic credits: where they land (all)\n\n");
    md.append(
        "Share of answers given at least one semantic credit, and credits per answer. "
            + "The false-credit rate is the share on the adversarial answers (echo, filler, "
            + "rejecting, buzzword; and the follow-up echo, rejecting and off-topic answers).\n\n");
    md.append(
        "| # | variant | plain 4 | jargon 4 | voice | weak | fu-strong | fu-weak "
            + "| false credits, main adversarial | false credits, fu adversarial "
            + "| credits/answer plain 4 | credits/answer main adversarial |\n"
            + "|---|---|---|---|---|---|---|---|---|---|---|---|\n");
    for (int i = 1; i < report.size(); i++) {
      Outcome[] o = run(report.get(i));
      md.append(
          String.format(
              Locale.ROOT,
              "| %d | %s | %s | %s | %s | %s | %s | %s | %s | %s " + "| %.2f | %.2f |%n",
              i,
              name(report.get(i), i),
              pct(creditRate(o, PLAIN4)),
              pct(creditRate(o, JARGON4)),
              pct(creditRate(o, kind("voice"))),
              pct(creditRate(o, kind("weak"))),
              pct(creditRate(o, kind("fu-strong"))),
              pct(creditRate(o, kind("fu-weak"))),
              pct(creditRate(o, ADV_MAIN)),
              pct(creditRate(o, ADV_FU)),
              creditsPer(o, PLAIN4),
              creditsPer(o, ADV_MAIN)));
    }
    md.append('\n');

    md.append(deltas(report, "test"));
    md.append(deltas(report, "all"));
    md.append(bootstrap(report));
    md.append(threshold());
    md.append(examples(chosen));

    Files.createDirectories(REPORT.getParent());
    Files.writeString(REPORT, md.toString());
    PrintStream out = System.out;
    out.print(md);
    out.printf("%n(report written to %s in %.0f s)%n", REPORT, (System.nanoTime() - t0) / 1e9);
  }

  private final Set<Dev> naive = new HashSet<>();
  private final List<String> naiveTuned = new ArrayList<>();

  Set<Variant> naiveVariants() {
    Set<Variant> out = new HashSet<>();
    naive.forEach(d -> out.add(d.v()));
    return out;
  }

  String name(Variant v, int i) {
    return v == null
        ? "current scorer"
        : v.label() + (naiveVariants().contains(v) ? " (naive)" : "") + ", " + v.params();
  }

  static String pct(double x) {
    return Double.isNaN(x) ? "-" : String.format(Locale.ROOT, "%.0f%%", 100 * x);
  }

  /** Mean score change against the current scorer, per group. */
  String deltas(List<Variant> report, String sp) {
    Predicate<Answer> in = split(sp);
    Outcome[] base = run(null);
    StringBuilder md =
        new StringBuilder(
            "### Change in mean score against the current scorer ("
                + sp
                + ")\n\n| # | variant | plain 4 | jargon 4 | gap (jargon - plain) | voice | mid "
                + "| weak | fu-strong | fu-mid | fu-weak | echo | filler | rejecting | buzzword | fu-echo "
                + "| fu-rejecting | fu-offtopic | main adversarial | fu adversarial |\n"
                + "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|\n");
    List<Predicate<Answer>> cols =
        List.of(
            PLAIN4,
            JARGON4,
            kind("voice"),
            kind("mid"),
            kind("weak"),
            kind("fu-strong"),
            kind("fu-mid"),
            kind("fu-weak"),
            kind("echo"),
            kind("filler"),
            kind("rejecting"),
            kind("buzzword"),
            kind("fu-echo"),
            kind("fu-rejecting"),
            kind("fu-offtopic"),
            ADV_MAIN,
            ADV_FU);
    for (int i = 1; i < report.size(); i++) {
      Outcome[] o = run(report.get(i));
      md.append("| ").append(i).append(" | ").append(name(report.get(i), i));
      for (int c = 0; c < cols.size(); c++) {
        Predicate<Answer> w = in.and(cols.get(c));
        md.append(String.format(Locale.ROOT, " | %+.1f", mean(o, w) - mean(base, w)));
        if (c == 1) {
          double gap = mean(o, in.and(JARGON4)) - mean(o, in.and(PLAIN4));
          md.append(String.format(Locale.ROOT, " | %.1f", gap));
        }
      }
      md.append(" |\n");
    }
    return md.append('\n').toString();
  }

  /** Paired bootstrap of the Spearman change over all answers (main and follow-up apart). */
  String bootstrap(List<Variant> report) {
    StringBuilder md =
        new StringBuilder(
            "### Is the Spearman change more than noise? (paired "
                + "bootstrap, 2,000 resamples of all answers, 95% interval)\n\n| # | variant "
                + "| Δ main rho | 95% interval | Δ fu rho | 95% interval |\n|---|---|---|---|---|---|\n");
    Outcome[] base = run(null);
    java.util.Random rnd = new java.util.Random(8);
    for (int i = 1; i < report.size(); i++) {
      Outcome[] o = run(report.get(i));
      md.append("| ").append(i).append(" | ").append(name(report.get(i), i));
      for (Predicate<Answer> which : List.of(MAIN, FU)) {
        List<Integer> idx = new ArrayList<>();
        for (int a = 0; a < answers.size(); a++) {
          if (which.test(answers.get(a))) {
            idx.add(a);
          }
        }
        int n = idx.size();
        double[] g = new double[n];
        double[] x = new double[n];
        double[] y = new double[n];
        double[] d = new double[2000];
        for (int r = 0; r < d.length; r++) {
          for (int k = 0; k < n; k++) {
            int a = idx.get(rnd.nextInt(n));
            g[k] = answers.get(a).grade();
            x[k] = base[a].score();
            y[k] = o[a].score();
          }
          d[r] = spearman(g, y) - spearman(g, x);
        }
        java.util.Arrays.sort(d);
        for (int k = 0; k < n; k++) {
          int a = idx.get(k);
          g[k] = answers.get(a).grade();
          x[k] = base[a].score();
          y[k] = o[a].score();
        }
        md.append(
            String.format(
                Locale.ROOT,
                " | %+.3f | [%+.3f, %+.3f]",
                spearman(g, y) - spearman(g, x),
                d[49],
                d[1949]));
      }
      md.append(" |\n");
    }
    return md.append('\n').toString();
  }

  static double spearman(double[] a, double[] b) {
    double[] ra = ranks(a);
    double[] rb = ranks(b);
    int n = a.length;
    double ma = 0;
    double mb = 0;
    for (int i = 0; i < n; i++) {
      ma += ra[i] / n;
      mb += rb[i] / n;
    }
    double sab = 0;
    double saa = 0;
    double sbb = 0;
    for (int i = 0; i < n; i++) {
      sab += (ra[i] - ma) * (rb[i] - mb);
      saa += (ra[i] - ma) * (ra[i] - ma);
      sbb += (rb[i] - mb) * (rb[i] - mb);
    }
    return sab / Math.sqrt(saa * sbb);
  }

  static double[] ranks(double[] v) {
    Integer[] order = new Integer[v.length];
    for (int i = 0; i < v.length; i++) {
      order[i] = i;
    }
    java.util.Arrays.sort(order, Comparator.comparingDouble(i -> v[i]));
    double[] r = new double[v.length];
    for (int i = 0; i < v.length; ) {
      int j = i;
      while (j + 1 < v.length && v[order[j + 1]] == v[order[i]]) {
        j++;
      }
      for (int k = i; k <= j; k++) {
        r[order[k]] = (i + j) / 2.0 + 1;
      }
      i = j + 1;
    }
    return r;
  }

  /** The full threshold sweep of the simplest useful form, for the doc. */
  String threshold() {
    StringBuilder md =
        new StringBuilder(
            "### Threshold sweep (point+hint, lexical gate, half "
                + "credit, echo<0.65, negations dropped; all answers)\n\n");
    md.append(
        "| T | main rho | fu rho | plain 4 | jargon 4 | main adversarial | fu adversarial "
            + "| false-credit rate main | credit rate plain 4 |\n|---|---|---|---|---|---|---|---|---|\n");
    Outcome[] base = run(null);
    md.append(
        String.format(
            Locale.ROOT,
            "| off | %.3f | %.3f | %.1f | %.1f | %.1f | %.1f | - | - |%n",
            rho(base, MAIN),
            rho(base, FU),
            mean(base, PLAIN4),
            mean(base, JARGON4),
            mean(base, ADV_MAIN),
            mean(base, ADV_FU)));
    for (double t : grid(0.35, 0.75, 0.05)) {
      Outcome[] o = run(new Variant(PointText.POINT_HINT, Gate.LEXICAL, 0.5, t, 0, 0.65, true));
      md.append(
          String.format(
              Locale.ROOT,
              "| %.2f | %.3f | %.3f | %.1f | %.1f | %.1f | %.1f | %s | %s |%n",
              t,
              rho(o, MAIN),
              rho(o, FU),
              mean(o, PLAIN4),
              mean(o, JARGON4),
              mean(o, ADV_MAIN),
              mean(o, ADV_FU),
              pct(creditRate(o, ADV_MAIN)),
              pct(creditRate(o, PLAIN4))));
    }
    return md.append('\n').toString();
  }

  /** A few credited sentences from the dev-best variant, adversarial ones first. */
  String examples(List<Dev> chosen) {
    Dev best =
        chosen.stream()
            .filter(d -> !naive.contains(d))
            .max(Comparator.comparingDouble(Dev::dRho))
            .orElseThrow();
    StringBuilder md =
        new StringBuilder(
            "### Examples of semantic credits (dev-best variant: "
                + best.v().label()
                + ", "
                + best.v().params()
                + ")\n\n");
    Variant v = best.v();
    int shown = 0;
    for (boolean adv : new boolean[] {true, false}) {
      for (int ai = 0; ai < answers.size() && shown < (adv ? 8 : 16); ai++) {
        Answer a = answers.get(ai);
        if (ADV.test(a) != adv || (!adv && !a.kind().startsWith("strong-plain"))) {
          continue;
        }
        List<Missed> ms = missed.get(ai);
        int vi = v.text().ordinal();
        for (int p = 0; p < ms.size(); p++) {
          Missed m = ms.get(p);
          if (m == null) {
            continue;
          }
          int bs = -1;
          for (int s = 0; s < a.sentences().size(); s++) {
            boolean ok =
                m.cos()[vi][s] >= v.t()
                    && echo.get(ai)[s] < v.echoMax()
                    && !(v.dropNegated() && a.sentences().get(s).negated())
                    && !(v.dropListed() && a.sentences().get(s).listed())
                    && switch (v.gate()) {
                      case NONE -> true;
                      case LEXICAL -> m.lex()[s];
                      case LEXICAL_NEW -> m.lexNew()[s];
                      case ANSWER_MARGIN -> m.cos()[vi][s] - m.meanCos()[vi] >= v.m();
                      case QUESTION_MARGIN -> m.cos()[vi][s] - m.questionCos()[vi] >= v.m();
                      case STRICT -> m.lexNew()[s] && m.cos()[vi][s] - m.meanCos()[vi] >= v.m();
                      case LEXICAL_MARGIN ->
                          m.lex()[s] && m.cos()[vi][s] - m.meanCos()[vi] >= v.m();
                    };
            if (ok && (bs < 0 || m.cos()[vi][s] > m.cos()[vi][bs])) {
              bs = s;
            }
          }
          if (bs >= 0) {
            md.append(
                String.format(
                    Locale.ROOT,
                    "- `%s` (%s, grade %.0f) point **%s** (cos %.2f): " + "\"%s\"%n",
                    a.id(),
                    a.kind(),
                    a.grade(),
                    a.rubric().get(p).id(),
                    m.cos()[vi][bs],
                    clip(a.sentences().get(bs).text())));
            if (++shown >= (adv ? 8 : 16)) {
              break;
            }
          }
        }
      }
    }
    return md.append('\n').toString();
  }

  static String clip(String s) {
    String t = s.replace('|', '/').replace('"', '\'');
    return t.length() > 160 ? t.substring(0, 157) + "..." : t;
  }
}
