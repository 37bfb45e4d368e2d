package dev.mockloop.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mockloop.bank.Level;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Golden files: an answer in {@code golden/NAME.txt}, the whole expected score card in {@code
 * golden/NAME.json}. When the JSON is missing the test writes it and fails, so a new golden
 * file is always reviewed by a person before it is committed.
 */
class GoldenCardTest {
  private static final Path DIR = Path.of("src/test/resources/scoring/golden");
  private static final ObjectMapper JSON = new ObjectMapper();

  @ParameterizedTest
  @ValueSource(strings = {"ddb-l6-mixed"})
  void cardMatchesTheReviewedGoldenFile(String name) throws IOException {
    String answer = Files.readString(DIR.resolve(name + ".txt"), StandardCharsets.UTF_8);
    ScoreCard card = new Scorer(Fixtures.shippedGlossary())
        .scoreMain(answer, Fixtures.scenario(), Level.L6);
    String actual = JSON.writerWithDefaultPrettyPrinter().writeValueAsString(card) + "\n";
    Path expected = DIR.resolve(name + ".json");
    if (!Files.exists(expected)) {
      Files.writeString(expected, actual, StandardCharsets.UTF_8);
      fail("wrote " + expected + "; review it, then commit it");
    }
    assertThat(actual).isEqualTo(Files.readString(expected, StandardCharsets.UTF_8));
  }
}
