package dev.mockloop.cli;

import dev.mockloop.bank.Bank;
import dev.mockloop.bank.FollowUp;
import dev.mockloop.bank.Level;
import dev.mockloop.bank.LevelSpec;
import dev.mockloop.bank.RubricPoint;
import dev.mockloop.bank.Scenario;
import dev.mockloop.bank.Suggest;
import dev.mockloop.io.Plural;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code mockloop questions show ID [--level L]}: a scenario in full, wrapped to the terminal:
 * prompt, context, rubric, follow-ups and model answers.
 */
@Command(
    name = "show",
    description = "Show a scenario: prompt, rubric, follow-ups and model answer.")
public final class QuestionsShowCommand implements Callable<Integer> {
  @ParentCommand QuestionsCommand questions;

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "ID", description = "Scenario id (see 'mockloop questions list').")
  String id;

  @Option(
      names = "--level",
      paramLabel = "L6|L7",
      converter = QuestionsLevelConverter.class,
      description = "Show only this level.")
  Level level;

  private PrintWriter out;
  private int width;

  @Override
  public Integer call() {
    RootCommand root = questions.root;
    Bank bank = Banks.load(root);
    Scenario s = bank.find(id).orElseThrow(() -> unknown(bank));
    if (level != null && s.level(level) == null) {
      throw UserException.invalid(
          "scenario '"
              + id
              + "' has no "
              + level
              + " level; it has "
              + s.levelSet().stream().map(Level::name).collect(Collectors.joining(" and ")));
    }
    out = spec.commandLine().getOut();
    width = QuestionsText.width(root.env());
    para(s.id() + ": " + s.title(), "");
    String tags = s.tags().isEmpty() ? "" : "; tags: " + String.join(", ", s.tags());
    String source = s.source().isEmpty() ? "" : "; source: " + s.source();
    para("topic: " + s.topic() + tags + source, "");
    if (s.behavioral()) {
      para(
          "Leadership Principle question: "
              + s.principle()
              + " - "
              + bank.guide().principles().getOrDefault(s.principle(), ""),
          "");
    }
    for (Level l : s.levelSet()) {
      if (level == null || level == l) {
        level(l, s.level(l), bank);
      }
    }
    out.flush();
    return 0;
  }

  private UserException unknown(Bank bank) {
    String hint = Suggest.didYouMean(id, bank.ids());
    return UserException.invalid(
        "unknown scenario '"
            + id
            + "'"
            + (hint.isEmpty()
                ? "; run '" + questions.root.command("questions list") + "' to see the ids"
                : hint));
  }

  private void level(Level l, LevelSpec spec, Bank bank) {
    out.println();
    para("== " + l + " (" + spec.minutes() + " minutes): " + bank.guide().summary(l), "");
    section("Prompt", spec.prompt(), "  ");
    if (!spec.context().isBlank()) {
      section("Context", spec.context(), "  ");
    }
    if (spec.premise() != null) {
      section("Premise (what a story must be about)", spec.premise().point(), "  ");
      matching(spec.premise(), "  ");
    }
    out.println("Rubric (" + Plural.of(spec.rubric().size(), "point") + "):");
    rubric(spec.rubric(), "  ");
    for (FollowUp f : spec.followUps()) {
      String when =
          (f.whenMissing().isEmpty()
                  ? ""
                  : "; asked first when missing: " + String.join(", ", f.whenMissing()))
              + (f.whenSaid().isEmpty()
                  ? ""
                  : "; dives deep when said: "
                      + String.join(
                          ", ",
                          java.util.stream.Stream.concat(
                                  f.whenSaid().points().stream(),
                                  f.whenSaid().phrases().stream().map(x -> "\"" + x + "\""))
                              .toList()));
      out.println();
      para("Follow-up " + f.id() + " (" + f.minutes() + " minutes" + when + ")", "");
      section(null, f.ask(), "  ");
      out.println("  Rubric:");
      rubric(f.rubric(), "    ");
      if (!f.modelAnswer().isBlank()) {
        section("  Model answer", f.modelAnswer(), "    ");
      }
    }
    if (!spec.modelAnswer().isBlank()) {
      out.println();
      section("Model answer", spec.modelAnswer(), "  ");
    }
  }

  private void rubric(List<RubricPoint> points, String indent) {
    int n = 1;
    for (RubricPoint p : points) {
      para(
          (n++)
              + ". "
              + p.id()
              + " ["
              + p.dimension()
              + ", weight "
              + p.weight()
              + (p.lp().isEmpty() ? "" : ", " + p.lp())
              + "]",
          indent);
      String more = indent + "   ";
      para(p.point(), more);
      matching(p, more);
      if (!p.hint().isBlank()) {
        para("hint: " + p.hint(), more);
      }
    }
  }

  /** The phrases and concept groups that find a point. */
  private void matching(RubricPoint p, String more) {
    if (!p.any().isEmpty()) {
      para("phrases: " + quoted(p.any()), more);
    }
    if (!p.all().isEmpty()) {
      para(
          "all of: "
              + p.all().stream().map(g -> "(" + quoted(g) + ")").collect(Collectors.joining(" + ")),
          more);
    }
  }

  private static String quoted(List<String> phrases) {
    return phrases.stream().map(a -> "\"" + a + "\"").collect(Collectors.joining(", "));
  }

  private void section(String title, String text, String indent) {
    if (title != null) {
      out.println(title + ":");
    }
    QuestionsText.wrap(text, width, indent).forEach(out::println);
  }

  private void para(String text, String indent) {
    QuestionsText.wrap(text, width, indent).forEach(out::println);
  }
}
