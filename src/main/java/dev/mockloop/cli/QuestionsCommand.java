package dev.mockloop.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code mockloop questions}: list, show, validate and calibrate the question bank. */
@Command(
    name = "questions",
    description = "List, show, validate and calibrate the question bank.",
    subcommands = {
      QuestionsListCommand.class,
      QuestionsShowCommand.class,
      QuestionsValidateCommand.class,
      CalibrateCommand.class,
      HelpCommand.class
    })
public final class QuestionsCommand implements Callable<Integer> {
  @ParentCommand RootCommand root;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getOut());
    return 0;
  }
}
