package dev.mockloop.bank;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The examples in docs/question-format.md are a valid bank, so users can copy them. */
class QuestionFormatDocTest {
  private static final Pattern YAML_BLOCK = Pattern.compile("```yaml\n(.*?)```", Pattern.DOTALL);

  @TempDir Path dir;

  @Test
  void documentedExamplesLoadWithoutProblems() throws IOException {
    String doc = Files.readString(Path.of("docs", "question-format.md"));
    List<String> blocks = new ArrayList<>();
    Matcher m = YAML_BLOCK.matcher(doc);
    while (m.find()) {
      blocks.add(m.group(1));
    }
    assertThat(blocks).hasSizeGreaterThanOrEqualTo(3);
    BankFixtures.write(dir, "databases/dynamodb-vs-rds.yaml", blocks.get(0));
    BankFixtures.write(dir, "levels.yaml", blocks.get(1));
    BankFixtures.write(dir, "glossary.yaml", blocks.get(2));

    LoadResult result = BankLoader.load(dir);

    assertThat(result.problems()).isEmpty();
    Scenario s = result.bank().find("dynamodb-vs-rds").orElseThrow();
    assertThat(s.levelSet()).containsExactly(Level.L6, Level.L7);
    assertThat(s.level(Level.L6).followUp("complex-queries").whenMissing())
        .containsExactly("access-patterns");
    assertThat(result.bank().guide().dimensions(Level.L7)).containsKey("execution");
    assertThat(result.bank().glossary().synonyms()).hasSize(2);
  }

  @Test
  void documentedBehaviouralExampleLoadsWithItsLevelsBlock() throws IOException {
    String doc = Files.readString(Path.of("docs", "question-format.md"));
    String question = null;
    String behavioral = null;
    Matcher m = YAML_BLOCK.matcher(doc);
    while (m.find()) {
      if (m.group(1).contains("kind: behavioral")) {
        question = m.group(1);
      } else if (m.group(1).startsWith("behavioral:")) {
        behavioral = m.group(1);
      }
    }
    assertThat(question).isNotNull();
    assertThat(behavioral).isNotNull();
    String principles = "principles:\n  ownership: Acts for the long term.\n";
    BankFixtures.write(
        dir,
        "levels.yaml",
        "levels:\n  L6:\n    summary: Senior.\n"
            + "    dimensions: {design: Choices.}\n"
            + principles
            + behavioral);
    BankFixtures.write(dir, "behavioral/q.yaml", question);

    LoadResult result = BankLoader.load(dir);

    assertThat(result.problems()).isEmpty();
    Scenario s = result.bank().find("ownership-outside-your-remit").orElseThrow();
    assertThat(s.principle()).isEqualTo("ownership");
    assertThat(s.level(Level.L6).followUp("escalation").whenSaid().phrases()).contains("escalated");
    assertThat(s.level(Level.L6).premise().point())
        .isEqualTo("a problem outside your team's remit that you took on");
  }
}
