package dev.mockloop.cli;

import dev.mockloop.bank.BankLoader;
import dev.mockloop.bank.LevelSpec;
import dev.mockloop.bank.LoadResult;
import dev.mockloop.bank.Problem;
import dev.mockloop.bank.Scenario;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code mockloop questions validate [DIR]}: prints every error and warning in a bank, then a
 * summary; exits 2 when there is any error.
 */
@Command(
    name = "validate",
    description = {
      "Check a question bank and print every problem as file:line:column, then a summary.",
      "Exits 2 when there is any error; warnings do not fail it."
    })
public final class QuestionsValidateCommand implements Callable<Integer> {
  @ParentCommand QuestionsCommand questions;

  @Spec CommandSpec spec;

  @Parameters(
      arity = "0..1",
      paramLabel = "DIR",
      description = "Bank folder to check (default: the bank in use, see --questions).")
  Path dir;

  @Override
  public Integer call() {
    RootCommand root = questions.root;
    LoadResult result =
        dir != null
            ? BankLoader.load(RootCommand.nonEmpty(dir, "DIR"))
            : Banks.result(root.questionsDir());
    PrintWriter out = spec.commandLine().getOut();
    List<Problem> echoes = result.hasErrors() ? List.of() : EchoCheck.problems(result.bank());
    List<Problem> all = new java.util.ArrayList<>(result.problems());
    all.addAll(echoes);
    all.sort(Problem.ORDER);
    for (Problem problem : all) {
      out.println(problem);
    }
    out.println(summary(result, echoes.size()));
    out.flush();
    return result.hasErrors() ? 2 : 0;
  }

  /** "22 scenarios, 44 levels, 396 points, 88 follow-ups, 0 errors, 3 warnings". */
  static String summary(LoadResult result) {
    return summary(result, 0);
  }

  static String summary(LoadResult result, int moreWarnings) {
    int scenarios = result.bank().scenarios().size();
    int levels = 0;
    int points = 0;
    int followUps = 0;
    for (Scenario s : result.bank().scenarios()) {
      for (LevelSpec spec : s.levels().values()) {
        levels++;
        points += spec.rubric().size();
        followUps += spec.followUps().size();
      }
    }
    long behavioral = result.bank().scenarios().stream().filter(Scenario::behavioral).count();
    String lp = behavioral == 0 ? "" : " (" + behavioral + " behavioural)";
    return count(scenarios, "scenario")
        + lp
        + ", "
        + count(levels, "level")
        + ", "
        + count(points, "point")
        + ", "
        + count(followUps, "follow-up")
        + ", "
        + count(result.errors().size(), "error")
        + ", "
        + count(result.warnings().size() + moreWarnings, "warning");
  }

  private static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
