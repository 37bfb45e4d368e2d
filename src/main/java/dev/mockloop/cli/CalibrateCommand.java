package dev.mockloop.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mockloop.bank.Bank;
import dev.mockloop.scoring.Calibration;
import dev.mockloop.scoring.ScoreCard;
import dev.mockloop.scoring.Scorer;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code mockloop questions calibrate GRADED.jsonl}: scores hand-graded answers and reports how
 * well the scores agree with the grades, so a rubric author can see where a rubric is wrong.
 */
@Command(
    name = "calibrate",
    description = {
      "Compare scores with hand grades: Spearman's rho, Kendall's tau-b, pairwise ordering "
          + "within each scenario and level, and the answers where they disagree most.",
      "Input: JSON Lines like 'score --batch', each line with a numeric \"grade\"."
    })
public final class CalibrateCommand implements Callable<Integer> {
  @ParentCommand QuestionsCommand questions;

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "GRADED.jsonl", description = "Graded answers ('-' for stdin).")
  String file;

  @Option(
      names = "--top",
      paramLabel = "N",
      defaultValue = "10",
      description = "How many of the largest disagreements to list (default: ${DEFAULT-VALUE}).")
  int top;

  @Override
  public Integer call() throws IOException {
    Bank bank = Banks.load(questions.root);
    Scorer scorer = new Scorer(bank.glossary());
    List<Calibration.Graded> graded = new ArrayList<>();
    Map<String, ScoreCard> cards = new LinkedHashMap<>();
    List<String> errors = new ArrayList<>();
    InputStream stdin = questions.root.context().in();
    InputStream raw = ScoreCommand.open(file, stdin);
    try {
      BatchAnswers.read(
          new BufferedInputStream(raw, 1 << 16),
          bank,
          true,
          new BatchAnswers.Sink() {
            @Override
            public void entry(BatchAnswers.Entry e) {
              ScoreCard card =
                  e.target().followUp() == null
                      ? scorer.scoreMain(e.answer(), e.target().scenario(), e.target().level())
                      : scorer.scoreFollowUp(
                          e.answer(),
                          e.target().scenario(),
                          e.target().level(),
                          e.target().followUp());
              String id = e.id() == null ? "line " + e.line() : e.id().asText();
              String scenario =
                  e.target().scenario().id()
                      + (e.target().followUp() == null ? "" : "/" + e.target().followUp().id());
              graded.add(
                  new Calibration.Graded(
                      id, scenario, e.target().level().name(), e.grade(), card.score()));
              cards.put(id, card);
            }

            @Override
            public void error(JsonNode id, int line, String message) {
              errors.add(file + ":" + line + ": " + message);
            }
          });
    } finally {
      if (raw != stdin) {
        raw.close();
      }
    }
    PrintWriter err = spec.commandLine().getErr();
    errors.forEach(e -> err.println("mockloop: " + e));
    if (graded.size() < 2) {
      throw UserException.invalid(
          file
              + " has "
              + graded.size()
              + " usable graded answer"
              + (graded.size() == 1 ? "" : "s")
              + "; calibration needs at least 2");
    }
    PrintWriter out = spec.commandLine().getOut();
    out.print(CalibrateReport.render(graded, cards, bank.source(), top));
    out.flush();
    err.flush();
    return errors.isEmpty() ? 0 : 2;
  }
}
