package dev.mockloop.bank;

import static dev.mockloop.bank.BankFixtures.lines;
import static dev.mockloop.bank.BankFixtures.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hostile or broken files give one clear, located error each, quickly. */
class DefencesTest {
  @TempDir Path dir;

  private String file(String rel) {
    return dir.resolve(rel).toString();
  }

  @Test
  void tabIndentationNamesTheLine() {
    write(dir, "t.yaml", "id: t\ntitle: T\ntopic: x\nlevels:\n\tL6:\n  \t  prompt: p\n");
    assertThat(lines(BankLoader.load(dir)))
        .containsExactly(
            file("t.yaml")
                + ":5:1: error: tab used for indentation; YAML indents with spaces only:"
                + " replace the tab with spaces",
            file("t.yaml")
                + ":6:3: error: tab used for indentation; YAML indents with spaces only:"
                + " replace the tab with spaces");
  }

  @Test
  void tabsInsideTextAreFine() {
    write(dir, "t.yaml", BankFixtures.withLine("t", 2, "title: a\tb\t# comment"));
    LoadResult r = BankLoader.load(dir);
    assertThat(r.problems()).isEmpty();
    assertThat(r.bank().scenarios().get(0).title()).isEqualTo("a\tb");
  }

  @Test
  void tenMegabyteFileIsRefusedBeforeParsing() throws IOException {
    write(dir, "ok.yaml", BankFixtures.scenario("ok"));
    try (RandomAccessFile big = new RandomAccessFile(dir.resolve("big.yaml").toFile(), "rw")) {
      big.setLength(10_000_000);
    }
    LoadResult r = assertTimeoutPreemptively(Duration.ofSeconds(2), () -> BankLoader.load(dir));
    assertThat(lines(r))
        .containsExactly(
            file("big.yaml")
                + ":1:1: error: file is 9.5 MiB; a"
                + " question file may be at most 1.0 MiB: split it or remove embedded data");
    assertThat(r.bank().ids()).containsExactly("ok");
  }

  @Test
  void billionLaughsFailsFastAtTheFirstAnchor() {
    StringBuilder bomb =
        new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
    for (char c = 'b'; c <= 'j'; c++) {
      char prev = (char) (c - 1);
      String refs = String.join(",", java.util.Collections.nCopies(9, "*" + prev));
      bomb.append(c).append(": &").append(c).append(" [").append(refs).append("]\n");
    }
    write(dir, "bomb.yaml", bomb.toString());
    long start = System.nanoTime();
    LoadResult r = assertTimeoutPreemptively(Duration.ofSeconds(1), () -> BankLoader.load(dir));
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(500));
    assertThat(lines(r))
        .containsExactly(
            file("bomb.yaml")
                + ":1:4: error: anchors (&a) are not"
                + " supported: the format has no use for them; remove the anchor and write values out");
  }

  @Test
  void aliasWithoutAnchorIsRefused() {
    write(dir, "s.yaml", BankFixtures.withLine("s", 2, "title: *t"));
    assertThat(lines(BankLoader.load(dir)))
        .singleElement()
        .asString()
        .contains("s.yaml:2:8: error: aliases (*t) are not supported");
  }

  @Test
  void invalidUtf8ReportsTheFirstBadByte() {
    byte[] head = "id: u\ntitle: caf".getBytes(StandardCharsets.UTF_8);
    byte[] bytes = Arrays.copyOf(head, head.length + 2);
    bytes[head.length] = (byte) 0xE9;
    bytes[head.length + 1] = '\n';
    write(dir, "latin1.yaml", bytes);
    assertThat(lines(BankLoader.load(dir)))
        .containsExactly(
            file("latin1.yaml")
                + ":2:11: error: byte 0xE9 is not valid UTF-8; save the file as UTF-8");
  }

  @Test
  void utf8WithByteOrderMarkAndAccentsLoads() {
    byte[] text =
        BankFixtures.withLine("s", 2, "title: Café — naïve").getBytes(StandardCharsets.UTF_8);
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] bytes = Arrays.copyOf(bom, bom.length + text.length);
    System.arraycopy(text, 0, bytes, bom.length, text.length);
    write(dir, "s.yaml", bytes);
    LoadResult r = BankLoader.load(dir);
    assertThat(r.problems()).isEmpty();
    assertThat(r.bank().scenarios().get(0).title()).isEqualTo("Café — naïve");
  }

  @Test
  void aGenuineReplacementCharacterIsValidUtf8() {
    write(dir, "s.yaml", BankFixtures.withLine("s", 2, "title: bad \uFFFD char"));
    LoadResult r = BankLoader.load(dir);
    assertThat(r.problems()).isEmpty();
    assertThat(r.bank().scenarios().get(0).title()).isEqualTo("bad \uFFFD char");
  }

  @Test
  void anUnclosedBracketIsLocatedAtTheBracketAndSaysWhereTheParserGaveUp() {
    write(dir, "s.yaml", "id: s\ntitle: [unclosed\ntopic: x\n");
    assertThat(lines(BankLoader.load(dir)))
        .singleElement()
        .asString()
        .isEqualTo(
            file("s.yaml")
                + ":2:8: error: invalid YAML: this '[' is never closed: end the list with ']'"
                + " (the parser gave up at line 3, column 6)");
  }

  @Test
  void theOuterOfNestedBracketsAnUnclosedBraceAndQuoteAreLocatedWhereTheyOpen() {
    write(dir, "a.yaml", "id: a\ntags: [x, [y, z]\ntopic: x\n");
    write(dir, "b.yaml", "id: b\nt: {k: 1\ntopic: x\n");
    write(dir, "c.yaml", "id: c\ntitle: \"open\ntopic: x\n");
    assertThat(lines(BankLoader.load(dir)))
        .containsExactly(
            file("a.yaml")
                + ":2:7: error: invalid YAML: this '[' is never closed: end the list with ']'"
                + " (the parser gave up at line 3, column 1)",
            file("b.yaml")
                + ":2:4: error: invalid YAML: this '{' is never closed: end the mapping with '}'"
                + " (the parser gave up at line 3, column 6)",
            file("c.yaml")
                + ":2:8: error: invalid YAML: this quote is never closed: end the text with the"
                + " same quote mark (the parser gave up at line 4, column 1)");
  }

  @Test
  void otherSyntaxErrorsUseTheParsersPosition() {
    write(dir, "s.yaml", "id: s\ntags: [a, b]]\n");
    assertThat(lines(BankLoader.load(dir)))
        .singleElement()
        .asString()
        .startsWith(file("s.yaml") + ":2:13: error: invalid YAML: expected <block end>");
  }

  @Test
  void emptyFileAndCommentOnlyFile() {
    write(dir, "empty.yaml", "");
    write(dir, "comments.yaml", "# nothing yet\n");
    assertThat(lines(BankLoader.load(dir)))
        .containsExactly(
            file("comments.yaml")
                + ":1:1: error: empty file; expected a mapping with id, title,"
                + " topic and levels",
            file("empty.yaml")
                + ":1:1: error: empty file; expected a mapping with id, title, topic"
                + " and levels");
  }

  @Test
  void deepNestingIsRefused() {
    write(dir, "deep.yaml", "id: " + "[".repeat(200) + "]".repeat(200) + "\n");
    LoadResult r = assertTimeoutPreemptively(Duration.ofSeconds(1), () -> BankLoader.load(dir));
    assertThat(lines(r))
        .singleElement()
        .asString()
        .contains("deep.yaml:1:")
        .contains("nested more than 20 levels deep");
  }

  @Test
  void secondDocumentIsAnError() {
    write(dir, "two.yaml", BankFixtures.scenario("one") + "---\n" + BankFixtures.scenario("two"));
    assertThat(lines(BankLoader.load(dir)))
        .singleElement()
        .asString()
        .contains("two.yaml:19:1: error: a second YAML document ('---')");
  }

  @Test
  void leadingAndTrailingDocumentMarkersAreFine() {
    write(dir, "s.yaml", "---\n" + BankFixtures.scenario("s") + "---\n");
    assertThat(BankLoader.load(dir).problems()).isEmpty();
  }

  @Test
  void rootThatIsNotAMapping() {
    write(dir, "list.yaml", "- a\n- b\n");
    assertThat(lines(BankLoader.load(dir)))
        .containsExactly(
            file("list.yaml")
                + ":1:1: error: expected a mapping of fields for the scenario, got a list");
  }

  @Test
  void emptyFolder() throws IOException {
    Files.createDirectories(dir.resolve("sub"));
    write(dir, "levels.yaml", "levels: {}\n");
    assertThat(lines(BankLoader.load(dir)))
        .containsExactly(
            dir
                + ": error: no scenario files in "
                + dir
                + "; expected *.yaml files, see docs/question-format.md");
  }

  @Test
  void missingFolderAndPlainFile() {
    Path missing = dir.resolve("nope");
    assertThat(lines(BankLoader.load(missing)))
        .containsExactly(
            missing
                + ": error: question"
                + " folder "
                + missing
                + " does not exist; check the path (a bank is a folder of *.yaml scenario"
                + " files, see docs/question-format.md)");
    Path plain = write(dir, "f.yaml", "x: 1\n");
    assertThat(lines(BankLoader.load(plain)))
        .singleElement()
        .asString()
        .contains("is not a folder");
  }
}
