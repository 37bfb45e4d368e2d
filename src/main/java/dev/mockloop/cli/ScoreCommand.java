package dev.mockloop.cli;

import dev.mockloop.bank.Bank;
import dev.mockloop.io.SafeFiles;
import dev.mockloop.report.ScoreReport;
import dev.mockloop.scoring.ScoreCard;
import dev.mockloop.scoring.Scorer;
import java.io.BufferedInputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help.Ansi;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code mockloop score}: score one answer, or a JSON Lines batch of answers. */
@Command(
    name = "score",
    description = {
      "Score an answer against a scenario's rubric and explain the score.",
      "Batch: one JSON object per line, {\"id\", \"scenario\", \"level\", \"answer\"} with an "
          + "optional \"follow_up\"; one JSON result (or {\"id\", \"line\", \"error\"}) per line."
    })
public final class ScoreCommand implements Callable<Integer> {
  @ParentCommand RootCommand root;

  @Spec CommandSpec spec;

  @Option(names = "--scenario", paramLabel = "ID", description = "The scenario answered.")
  String scenario;

  @Option(names = "--level", paramLabel = "L6|L7", description = "The level it was asked at.")
  String level;

  @Option(
      names = "--follow-up",
      paramLabel = "ID",
      description = "Score the answer to this follow-up, against the follow-up's rubric.")
  String followUp;

  @Option(names = "--json", description = "Print the score card as JSON.")
  boolean json;

  @Option(
      names = "--batch",
      paramLabel = "ANSWERS.jsonl",
      description = "Score every line of a JSON Lines file ('-' for standard input).")
  String batch;

  @Parameters(
      arity = "0..1",
      paramLabel = "FILE",
      description = "The answer as UTF-8 text ('-' or nothing: standard input).")
  String file;

  @Override
  public Integer call() throws IOException {
    if (batch != null) {
      if (scenario != null || level != null || followUp != null || file != null) {
        throw UserException.invalid(
            "--batch takes the scenario, level and answer from each "
                + "line; drop --scenario, --level, --follow-up and FILE");
      }
      return batch(Banks.load(root));
    }
    if (scenario == null || level == null) {
      throw UserException.invalid(
          "score needs --scenario ID and --level L6|L7 (or --batch "
              + "ANSWERS.jsonl); '"
              + root.command("questions list")
              + "' shows the scenarios");
    }
    Bank bank = Banks.load(root);
    ScoreTarget target;
    try {
      target = ScoreTarget.resolve(bank, scenario, level, followUp, root.command("questions list"));
    } catch (ScoreTarget.Unknown e) {
      throw UserException.invalid(e.getMessage());
    }
    String answer = ScoreInput.read(file, root.context().in());
    Scorer scorer = new Scorer(bank.glossary());
    ScoreCard card =
        target.followUp() == null
            ? scorer.scoreMain(answer, target.scenario(), target.level())
            : scorer.scoreFollowUp(answer, target.scenario(), target.level(), target.followUp());
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(
          ScoreJson.MAPPER
              .writerWithDefaultPrettyPrinter()
              .writeValueAsString(ScoreJson.card(null, target, card)));
    } else {
      String what =
          target.scenario().id()
              + " ("
              + target.level()
              + (target.followUp() == null ? "" : ", follow-up " + target.followUp().id())
              + ")";
      out.print(
          ReportText.render(
              ScoreReport.of(what, card),
              QuestionsText.width(root.env()),
              !root.noColor() && Ansi.AUTO.enabled()));
    }
    out.flush();
    return 0;
  }

  private int batch(Bank bank) throws IOException {
    Scorer scorer = new Scorer(bank.glossary());
    // results are buffered and printed a window at a time (GroupedBatch), in input order
    PrintWriter out = new PrintWriter(new BufferedWriter(spec.commandLine().getOut(), 1 << 16));
    InputStream stdin = root.context().in();
    InputStream raw = open(batch, stdin);
    GroupedBatch sink;
    try {
      InputStream in = new BufferedInputStream(raw, 1 << 16);
      sink = new GroupedBatch(scorer, out, in);
      BatchAnswers.read(in, bank, false, sink);
      sink.drain();
    } finally {
      out.flush();
      if (raw != stdin) {
        raw.close();
      }
    }
    int errors = sink.errors();
    if (errors > 0) {
      PrintWriter err = spec.commandLine().getErr();
      err.println(
          "mockloop: "
              + errors
              + (errors == 1 ? " line" : " lines")
              + " of "
              + batch
              + " could not be scored; see the \"error\" objects in the output");
      err.flush();
      return 2;
    }
    return 0;
  }

  /** The batch file, or {@code stdin} for "-". */
  static InputStream open(String name, InputStream stdin) {
    if (name.equals("-")) {
      return stdin;
    }
    Path path = Path.of(name);
    if (Files.isDirectory(path)) {
      throw UserException.invalid(name + " is a folder; give a JSON Lines file");
    }
    try {
      return Files.newInputStream(path);
    } catch (NoSuchFileException e) {
      throw UserException.invalid("cannot read " + name + ": no such file");
    } catch (IOException e) {
      throw UserException.invalid("cannot read " + name + ": " + SafeFiles.reason(e));
    }
  }
}
