package dev.mockloop.scoring;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mockloop.bank.Bank;
import dev.mockloop.bank.FollowUp;
import dev.mockloop.bank.LevelSpec;
import dev.mockloop.bank.RubricPoint;
import dev.mockloop.bank.Scenario;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Every text the analysis chain reads in practice, for tests that compare two ways of analysing
 * ({@link SynonymsTest}, {@link StemMemoTest}): the bank's prompts, contexts, model answers, rubric
 * points, phrases, hints and follow-ups, and every calibration answer.
 */
final class AnalysisTexts {
  private AnalysisTexts() {}

  static List<String> of(Bank bank) throws IOException {
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
    return texts;
  }

  private static void rubric(List<RubricPoint> points, List<String> into) {
    for (RubricPoint p : points) {
      into.addAll(List.of(p.point(), p.hint()));
      into.addAll(p.any());
      p.all().forEach(into::addAll);
    }
  }
}
