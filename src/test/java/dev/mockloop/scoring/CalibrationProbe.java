package dev.mockloop.scoring;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mockloop.bank.Level;
import dev.mockloop.bank.Scenario;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Prints the calibration figures for each stemmer (a tuning aid, not a test). */
public final class CalibrationProbe {
  public static void main(String[] args) throws Exception {
    Map<String, Scenario> bank = YamlScenarios.load(Path.of("questions"));
    ObjectMapper json = new ObjectMapper();
    List<JsonNode> lines = new ArrayList<>();
    for (String l : Files.readAllLines(Path.of("src/test/resources/calibration/graded.jsonl"))) {
      lines.add(json.readTree(l));
    }
    for (TextAnalyzer.Stemmer stemmer : TextAnalyzer.Stemmer.values()) {
      Scorer scorer = new Scorer(Fixtures.shippedGlossary(), stemmer);
      List<Calibration.Graded> graded = new ArrayList<>();
      for (JsonNode n : lines) {
        Scenario s = bank.get(n.get("scenario").asText());
        if (s == null) {
          continue;
        }
        ScoreCard c = scorer.scoreMain(n.get("answer").asText(), s,
            Level.valueOf(n.get("level").asText()));
        graded.add(new Calibration.Graded(n.get("id").asText(), n.get("scenario").asText(),
            n.get("level").asText(), n.get("grade").asDouble(), c.score()));
        if (args.length > 0 && stemmer == TextAnalyzer.Stemmer.PORTER) {
          System.out.printf("%-24s g=%.0f s=%3d cov=%s flags=%s%n", n.get("id").asText(),
              n.get("grade").asDouble(), c.score(),
              c.covered().stream().map(PointResult::id).toList(),
              c.flags().stream().map(Flag::code).toList());
        }
      }
      Calibration cal = Calibration.of(graded);
      System.out.printf("%s n=%d rho=%.3f tau=%.3f pairwise=%.3f inversions=%d%n", stemmer,
          cal.n(), cal.spearman(), cal.kendall(), cal.pairwiseAccuracy(),
          cal.inversions().size());
      for (Calibration.Inversion inv : cal.inversions()) {
        System.out.printf("   %s: %s (%.0f, %d) < %s (%.0f, %d)%n", inv.group(),
            inv.higherGrade().id(), inv.higherGrade().grade(), inv.higherGrade().score(),
            inv.lowerGrade().id(), inv.lowerGrade().grade(), inv.lowerGrade().score());
      }
    }
  }
}
