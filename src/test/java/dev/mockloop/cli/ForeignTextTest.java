package dev.mockloop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mockloop.session.SessionStore;
import dev.mockloop.session.Transcript;
import dev.mockloop.session.TranscriptRound;
import dev.mockloop.session.Transcripts;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, items 3 and 6: text from a transcript or a bank reaches a terminal or an exported file
 * with no control character but newline and tab, with or without colour, piped or not.
 */
class ForeignTextTest {
  static final String ID = "2026-11-10T0900-aaaaaa";

  /** ESC c (reset), C1 CSI, DCS, BEL, concealed text, OSC title. */
  static final String EVIL =
      "start \u001bc \u009b2J \u001bPq#0;1\u001b\\ \u0007 \u001b[8mhidden"
          + "\u001b[0m \u001b]0;pwned\u0007 \u001b[30;40mblack end";

  @TempDir Path dir;

  private Path sessionsWithEvilTranscript() throws IOException {
    Path sessions = dir.resolve("sessions");
    Transcript t = Transcripts.dynamo(ID, "2026-11-10T09:00:00Z", "answer " + EVIL);
    TranscriptRound r = t.rounds().get(0);
    TranscriptRound evil =
        new TranscriptRound(
            r.scenario(),
            r.sha256(),
            "Title " + EVIL,
            r.topic(),
            "Prompt " + EVIL,
            r.context(),
            r.minutes(),
            r.phase(),
            r.answer(),
            r.followUps(),
            r.draft(),
            r.score());
    new SessionStore(sessions)
        .save(
            new Transcript(
                t.schema(),
                t.id(),
                t.level(),
                t.startedAt(),
                t.endedAt(),
                t.status(),
                t.settings(),
                t.planned(),
                List.of(evil)));
    return sessions;
  }

  private Path evilBank() throws IOException {
    Path bank = TinyBank.write(dir.resolve("bank"));
    Path file = bank.resolve("cache/tiny-cache.yaml");
    String escaped = "\"Tiny \\e[8mhidden\\e[0m \\e]0;pwned\\a \\x9b2J cache\"";
    Files.writeString(
        file,
        Files.readString(file)
            .replace("title: A tiny cache question", "title: " + escaped)
            .replace("hint: Say what happens when a product changes.", "hint: " + escaped));
    return bank;
  }

  /** Runs like a terminal would with colour allowed (no NO_COLOR), plus any extra env. */
  private static CliRun run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status =
        Main.run(
            args,
            new PrintWriter(out),
            new PrintWriter(err),
            Map.of("TZ", "UTC", "COLUMNS", "100"));
    return new CliRun(status, out.toString(), err.toString());
  }

  private static void assertNoControl(String text) {
    assertThat(
            text.chars()
                .filter(c -> (c < 0x20 && c != '\n' && c != '\t') || (c >= 0x7f && c <= 0x9f)))
        .as(text)
        .isEmpty();
  }

  @Test
  void theMarkdownExportHoldsNoControlCharacters() throws IOException {
    Path sessions = sessionsWithEvilTranscript();
    Path md = dir.resolve("out.md");
    CliRun r = run("--sessions", sessions.toString(), "review", "export", ID, "-o", md.toString());
    assertThat(r.status()).as(r.err()).isZero();
    String file = Files.readString(md);
    assertThat(file).contains("start", "hidden", "black end");
    assertNoControl(file);
  }

  @Test
  void reviewShowPrintsTranscriptTextPlainWithOrWithoutColour() throws IOException {
    Path sessions = sessionsWithEvilTranscript();
    List<String> outputs = new ArrayList<>();
    for (String flag : List.of("--no-color", "--debug")) {
      for (String format : List.of("--markdown", "")) {
        List<String> args =
            new ArrayList<>(List.of(flag, "--sessions", sessions.toString(), "review", "show", ID));
        if (!format.isEmpty()) {
          args.add(format);
        }
        CliRun r = run(args.toArray(String[]::new));
        assertThat(r.status()).as(r.err()).isZero();
        outputs.add(r.out());
      }
    }
    outputs.forEach(ForeignTextTest::assertNoControl);
    assertThat(outputs.get(0)).contains("hidden", "black end");
  }

  @Test
  void questionsShowAndListPrintBankTextPlain() throws IOException {
    Path bank = evilBank();
    CliRun show = run("--questions", bank.toString(), "questions", "show", "tiny-cache");
    CliRun list = run("--questions", bank.toString(), "questions", "list");
    assertThat(show.status()).as(show.err()).isZero();
    assertThat(list.status()).as(list.err()).isZero();
    assertThat(show.out()).contains("hidden", "cache");
    assertThat(list.out()).contains("hidden");
    assertNoControl(show.out());
    assertNoControl(list.out());
  }

  @Test
  void aColouredScoreReportKeepsOnlyItsOwnStyling() throws IOException {
    Path bank = evilBank();
    ScoreTarget target =
        ScoreTarget.resolve(
            dev.mockloop.cli.Banks.result(java.util.Optional.of(bank)).bank(),
            "tiny-cache",
            "L6",
            null);
    var card =
        new dev.mockloop.scoring.Scorer(dev.mockloop.bank.Glossary.EMPTY)
            .scoreMain("nothing relevant", target.scenario(), target.level());
    String report =
        ReportText.render(dev.mockloop.report.ScoreReport.of("tiny-cache (L6)", card), 80, true);
    assertThat(report)
        .contains("\u001b[1;", "hidden")
        .doesNotContain("\u001b[8m", "\u001b]", "\u009b");
  }
}
