package dev.mockloop.cli;

import dev.mockloop.bank.Level;
import dev.mockloop.scoring.Fixtures;
import dev.mockloop.scoring.ScoreCard;
import dev.mockloop.scoring.Scorer;
import dev.mockloop.testing.Golden;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/**
 * The scorer's golden card: an answer with a typo, a negation and numbers in {@code
 * golden/score/ddb-l6-mixed.txt}, scored against the scorer tests' scenario and written by {@link
 * ScoreJson} exactly as {@code score --json} prints it ({@code golden/score/*.json}).
 */
class ScoreCardGoldenTest {
  @Test
  void mixedAnswerCardAsScoreJsonPrintsIt() throws IOException {
    String answer =
        Files.readString(Golden.DIR.resolve("score/ddb-l6-mixed.txt"), StandardCharsets.UTF_8);
    ScoreTarget target = new ScoreTarget(Fixtures.scenario(), Level.L6, null);
    ScoreCard card =
        new Scorer(Fixtures.shippedGlossary()).scoreMain(answer, target.scenario(), target.level());
    Golden.check(
        "score/ddb-l6-mixed.json",
        ScoreJson.MAPPER
                .writerWithDefaultPrettyPrinter()
                .writeValueAsString(ScoreJson.card(null, target, card))
            + "\n");
  }
}
