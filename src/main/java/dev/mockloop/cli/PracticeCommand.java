package dev.mockloop.cli;

import dev.mockloop.bank.Level;
import dev.mockloop.engine.DrillPlan;
import dev.mockloop.engine.PlanRequest;
import dev.mockloop.engine.RoundSettings;
import dev.mockloop.session.UserState;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code mockloop practice}: timed rounds in the full-screen UI. With a level, topic, scenario or
 * round count it starts at once; without, it opens the home screen.
 */
@Command(
    name = "practice",
    aliases = {"practise"},
    description = {
      "Practise timed interview rounds with follow-ups and an explained score.",
      "Keys in a round: Ctrl-D or F10 submit, PgUp/PgDn scroll the question, Esc leave the loop, "
          + "Ctrl-C quit (asks; your draft is saved either way)."
    })
public final class PracticeCommand implements Callable<Integer> {
  @ParentCommand RootCommand root;

  @Spec CommandSpec spec;

  @Option(
      names = "--level",
      paramLabel = "L6|L7",
      converter = QuestionsLevelConverter.class,
      description = "Interview level (default L6 when other options start a round).")
  Level level;

  @Option(names = "--topic", paramLabel = "TOPIC", description = "Only this topic (repeatable).")
  List<String> topics = new ArrayList<>();

  @Option(
      names = "--scenario",
      paramLabel = "ID",
      description = "Ask this scenario (repeatable, in order); `questions list` shows ids.")
  List<String> scenarios = new ArrayList<>();

  @Option(
      names = "--rounds",
      paramLabel = "N",
      description =
          "Technical rounds in the loop, 1..20 (default: 1, or one per --scenario);"
              + " each comes with --lp principle questions (with --lp-only: principle questions).")
  Integer rounds;

  @Option(
      names = "--minutes",
      paramLabel = "M",
      description = "Minutes for each main answer, 1..120 (default: the scenario's).")
  Integer minutes;

  @Option(
      names = "--follow-ups",
      paramLabel = "N",
      description = "Follow-up questions per round, 0..10 (default: ${DEFAULT-VALUE}).",
      defaultValue = "2")
  int followUps = 2;

  @Option(
      names = "--lp",
      paramLabel = "N",
      description =
          "Leadership Principle questions before each technical scenario, 0..2"
              + " (default: 1, or 0 with --scenario), as a real interview hour asks them.")
  Integer lp;

  @Option(
      names = "--lp-only",
      description =
          "Drill Leadership Principle (behavioural)" + " questions alone, no technical scenario.")
  boolean lpOnly;

  @Option(names = "--untimed", description = "No countdown; time used is still recorded.")
  boolean untimed;

  @Option(names = "--seed", paramLabel = "N", description = "Seed for choosing scenarios.")
  Long seed;

  @Option(
      names = "--drill",
      description =
          "Choose the scenarios by spaced repetition over "
              + "your sessions: due ones, new ones, and ones that ask the points you miss most "
              + "(default 3 rounds).")
  boolean drill;

  @Option(
      names = "--self-rate",
      description =
          "Ask again for your own 0-4 rating before each"
              + " score (after you chose \"don't ask again\"); remembered.")
  boolean selfRate;

  @Option(
      names = "--plain",
      description =
          "Plain line-by-line mode instead of the full-screen UI"
              + " (automatic when stdin is not a terminal or TERM=dumb); end each answer with a line"
              + " holding only '.' or Ctrl-D.")
  boolean plain;

  @Override
  public Integer call() throws Exception {
    return run(root, spec.commandLine().getOut(), spec.commandLine().getErr());
  }

  /** Runs the command with these options (also {@link FastPath}'s way in, without picocli). */
  int run(RootCommand root, PrintWriter out, PrintWriter err) throws Exception {
    LambdasAhead.start(); // while this thread plans the round and opens the terminal
    UserState state = new UserState(root.sessionsDir());
    Level chosen = level != null ? level : state.lastLevel().orElse(Level.L6);
    DrillPlan plan = drill ? drill(root, chosen, out) : null;
    long s = seed != null ? seed : System.nanoTime();
    Optional<PlanRequest> req =
        plan != null ? Optional.of(plan.request(s, settings())) : request(chosen);
    BankInBackground bank = BankInBackground.of(root);
    if (plan == null && req.isPresent()) {
      bank.start(); // a round's first frame waits for the whole bank: it loads from here on
    }
    // written while the round starts (the file is forced to disk); read back only after it is
    state.rememberInBackground(level, selfRate);
    try {
      return PracticeLauncher.run(root, settings(), req, plain, out, err, plan, bank);
    } finally {
      UserState.awaitWrites();
    }
  }

  private DrillPlan drill(RootCommand root, Level chosen, PrintWriter out) {
    if (!scenarios.isEmpty()) {
      throw UserException.invalid("--drill chooses the scenarios itself; drop --scenario");
    }
    request(chosen);
    List<String> drillTopics = lpOnly && topics.isEmpty() ? List.of("behavioral") : topics;
    return PracticeDrill.plan(
        root, chosen, drillTopics, rounds, seed != null ? seed : System.nanoTime(), out);
  }

  /** The round settings from the options; exit 2 with the valid range when out of range. */
  RoundSettings settings() {
    if (minutes != null && (minutes < 1 || minutes > 120)) {
      throw UserException.invalid("--minutes must be 1..120, was " + minutes);
    }
    if (followUps < 0 || followUps > 10) {
      throw UserException.invalid("--follow-ups must be 0..10, was " + followUps);
    }
    if (lp != null && (lp < 0 || lp > RoundSettings.MAX_LP)) {
      throw UserException.invalid("--lp must be 0.." + RoundSettings.MAX_LP + ", was " + lp);
    }
    if (lpOnly && lp != null) {
      throw UserException.invalid("--lp-only asks principle questions alone; drop --lp");
    }
    return new RoundSettings(
        followUps,
        minutes == null ? 0 : minutes,
        untimed,
        lp == null ? RoundSettings.LP_AUTO : lp,
        lpOnly);
  }

  /**
   * The loop to start at once, or empty to open the home screen.
   *
   * @param chosen the level to use: {@code --level}, else the one remembered from last time
   */
  Optional<PlanRequest> request(Level chosen) {
    if (rounds != null && (rounds < 1 || rounds > PlanRequest.MAX_ROUNDS)) {
      throw UserException.invalid(
          "--rounds must be 1.." + PlanRequest.MAX_ROUNDS + ", was " + rounds);
    }
    if (level == null
        && topics.isEmpty()
        && scenarios.isEmpty()
        && rounds == null
        && !lpOnly
        && lp == null) {
      return Optional.empty();
    }
    long s = seed != null ? seed : System.nanoTime();
    return Optional.of(
        new PlanRequest(chosen, topics, scenarios, rounds == null ? 0 : rounds, s, settings()));
  }
}
