package dev.mockloop.cli;

import dev.mockloop.bank.Bank;
import dev.mockloop.bank.FollowUp;
import dev.mockloop.bank.Level;
import dev.mockloop.bank.LevelSpec;
import dev.mockloop.bank.Scenario;
import dev.mockloop.bank.Suggest;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What an answer is scored against: a scenario, a level and optionally one of its follow-ups.
 * {@link #resolve} explains any name that does not fit the bank.
 *
 * @param scenario the scenario
 * @param level the level asked
 * @param followUp the follow-up answered, or null for the main answer
 */
record ScoreTarget(Scenario scenario, Level level, FollowUp followUp) {

  /** Thrown with a message for the user when a name does not fit the bank. */
  static final class Unknown extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    Unknown(String message) {
      super(message);
    }
  }

  static ScoreTarget resolve(Bank bank, String scenarioId, String levelText, String followUpId) {
    return resolve(bank, scenarioId, levelText, followUpId, "mockloop questions list");
  }

  /** As above; {@code list} is the command that lists this bank's scenarios, for the advice. */
  static ScoreTarget resolve(
      Bank bank, String scenarioId, String levelText, String followUpId, String list) {
    if (scenarioId == null || scenarioId.isBlank()) {
      throw new Unknown("no scenario given: name one with --scenario ID (see '" + list + "')");
    }
    List<String> ids = bank.scenarios().stream().map(Scenario::id).toList();
    Scenario scenario =
        bank.find(scenarioId)
            .orElseThrow(
                () ->
                    new Unknown(
                        "unknown scenario '"
                            + scenarioId
                            + "'"
                            + Suggest.didYouMean(scenarioId, ids)
                            + " ('"
                            + list
                            + "' shows all "
                            + ids.size()
                            + ")"));
    if (levelText == null || levelText.isBlank()) {
      throw new Unknown("no level given: use --level L6 or --level L7");
    }
    Level level =
        Level.parse(levelText)
            .orElseThrow(() -> new Unknown("unknown level '" + levelText + "': use L6 or L7"));
    LevelSpec spec = scenario.level(level);
    if (spec == null) {
      throw new Unknown(
          "scenario '"
              + scenario.id()
              + "' has no "
              + level
              + " rubric; it has "
              + scenario.levelSet().stream().map(Level::name).collect(Collectors.joining(" and ")));
    }
    if (followUpId == null) {
      return new ScoreTarget(scenario, level, null);
    }
    List<String> fids = spec.followUps().stream().map(FollowUp::id).toList();
    FollowUp followUp = spec.followUp(followUpId);
    if (followUp == null) {
      throw new Unknown(
          "scenario '"
              + scenario.id()
              + "' at "
              + level
              + " has no follow-up '"
              + followUpId
              + "'"
              + Suggest.didYouMean(followUpId, fids)
              + (fids.isEmpty() ? " (it has none)" : " (it has: " + String.join(", ", fids) + ")"));
    }
    return new ScoreTarget(scenario, level, followUp);
  }
}
