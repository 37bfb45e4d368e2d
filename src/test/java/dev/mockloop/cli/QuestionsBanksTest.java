package dev.mockloop.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mockloop.bank.Bank;
import dev.mockloop.bank.BankLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@link Banks}: the one entry point commands use to get the bank. */
class QuestionsBanksTest {
  @TempDir Path dir;

  private static RootCommand root(String... args) {
    RootCommand root = new RootCommand(TestContext.quiet(Map.of()));
    new CommandLine(root).parseArgs(args);
    return root;
  }

  private static String scenario(String id, int minutes) {
    return "id: "
        + id
        + "\ntitle: T\ntopic: t\nlevels:\n  L6:\n    prompt: P\n    minutes: "
        + minutes
        + "\n    rubric:\n      - {id: a, point: A, dimension: d, any: [x, y, z]}\n"
        + "      - {id: b, point: B, dimension: d, any: [u, v, w]}\n    model_answer: M\n";
  }

  @Test
  void secondLoadIsServedFromTheCache() throws IOException {
    Files.writeString(dir.resolve("s.yaml"), scenario("s", 5));
    RootCommand root = root("--questions", dir.toString());
    Bank first = Banks.load(root);
    assertThat(Banks.load(root)).isSameAs(first);
  }

  @Test
  void changedFilesAreReloaded() throws IOException {
    Path file = Files.writeString(dir.resolve("s.yaml"), scenario("s", 5));
    RootCommand root = root("--questions", dir.toString());
    assertThat(
            Banks.load(root).find("s").orElseThrow().levels().values().iterator().next().minutes())
        .isEqualTo(5);
    Files.writeString(file, scenario("s", 7));
    Files.setLastModifiedTime(file, FileTime.from(Instant.now().plusSeconds(5)));
    assertThat(
            Banks.load(root).find("s").orElseThrow().levels().values().iterator().next().minutes())
        .isEqualTo(7);
  }

  @Test
  void errorsBecomeAUserExceptionListingEveryError() throws IOException {
    Files.writeString(dir.resolve("a.yaml"), scenario("a", 500));
    Files.writeString(dir.resolve("b.yaml"), scenario("B", 5));
    RootCommand root = root("--questions", dir.toString());
    assertThatThrownBy(() -> Banks.load(root))
        .isInstanceOfSatisfying(UserException.class, e -> assertThat(e.status()).isEqualTo(2))
        .hasMessage(
            String.join(
                System.lineSeparator(),
                "the question bank (" + dir + ") has 2 errors:",
                "  "
                    + dir.resolve("a.yaml")
                    + ":7:14: error: expected a number 1..120 for 'minutes',"
                    + " got 500",
                "  "
                    + dir.resolve("b.yaml")
                    + ":1:5: error: scenario id 'B' may use only a-z, 0-9 and"
                    + " '-', e.g. 'b'",
                "run 'mockloop questions validate --questions " + dir + "' for details"));
  }

  @Test
  void warningsAreNotShownAndDoNotFail() throws IOException {
    Files.writeString(dir.resolve("s.yaml"), scenario("s", 5).replace("    model_answer: M\n", ""));
    RootCommand root = root("--questions", dir.toString());
    assertThat(Banks.load(root).ids()).containsExactly("s");
    assertThat(Banks.result(root.questionsDir()).warnings()).hasSize(1);
  }

  @Test
  void noFolderMeansTheBundledBank() {
    assertThat(Banks.result(Optional.empty()).bank().source()).isEqualTo(BankLoader.BUNDLED);
  }
}
