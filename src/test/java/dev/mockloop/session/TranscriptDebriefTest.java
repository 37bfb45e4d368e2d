package dev.mockloop.session;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mockloop.bank.Level;
import dev.mockloop.engine.PrinciplesEvidenced;
import dev.mockloop.report.MarkdownExport;
import dev.mockloop.report.ReportLine;
import dev.mockloop.report.TranscriptDebrief;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The debrief of a saved loop: review show, the export, with no bank. */
class TranscriptDebriefTest {
  private static final Instant AT = Instant.parse("2026-01-05T10:00:00Z");

  private static TranscriptRound withPrinciples(
      TranscriptRound r, PrinciplesEvidenced p, Integer self) {
    return new TranscriptRound(
        r.scenario(),
        r.sha256(),
        r.title(),
        r.topic(),
        r.prompt(),
        r.context(),
        r.minutes(),
        r.phase(),
        r.answer(),
        r.followUps(),
        r.draft(),
        r.score(),
        r.kind(),
        r.principle(),
        self,
        p);
  }

  private static Transcript loop() {
    TranscriptRound one =
        withPrinciples(
            Transcripts.round(
                "dynamodb-vs-rds",
                "databases",
                "p99 and access pattern",
                300,
                AT,
                Transcripts.DYNAMO),
            new PrinciplesEvidenced(Map.of("dive-deep", 2), List.of("frugality")),
            3);
    TranscriptRound two =
        Transcripts.round("cache-aside", "caching", "cost only", 200, AT, Transcripts.DYNAMO);
    return Transcripts.session("2026-01-05T10-00-00Z-a1b2", Level.L6, AT, one, two);
  }

  @Test
  void aLoopReadsAsADebriefFromItsTranscript() {
    List<String> text = TranscriptDebrief.of(loop()).stream().map(ReportLine::text).toList();
    assertThat(text)
        .contains(
            "Debrief",
            "  Round 1 · 4 strong (71) · Title of dynamodb-vs-rds",
            "    - lifted most by: ✓ Point latency-fit [analysis, weight 3]",
            "  Round 2 · 2 partial (28) · Title of cache-aside",
            "    - held back most by: ✗ Point latency-fit [analysis, weight 3]",
            "  evidenced: Dive Deep (2 points)",
            "  an interviewer would still probe: Frugality",
            "     drill: mockloop practice --scenario cache-aside --level L6");
    assertThat(text).anyMatch(l -> l.startsWith("Verdict: "));
  }

  @Test
  void oneRoundHasNoDebrief() {
    assertThat(
            TranscriptDebrief.of(
                Transcripts.dynamo("2026-01-05T10-00-00Z-a1b2", "2026-01-05T10:00:00Z", "p99")))
        .isEmpty();
  }

  @Test
  void reviewShowAndTheMarkdownExportCarryTheDebriefAndTheSelfRating() {
    History none = new History(List.of(), List.of(), Map.of());
    String plain = MarkdownExport.render(loop(), none, ZoneId.of("UTC"), MarkdownExport.Mode.TEXT);
    assertThat(plain)
        .contains(
            "You: 3 good · Scorer: 4 strong (71)  (you rated it one band lower than the "
                + "scorer)")
        .contains("### Debrief")
        .contains("- Round 2 · 2 partial (28) · Title of cache-aside")
        .contains("  - drill: mockloop practice --scenario cache-aside --level L6");
    String md = MarkdownExport.render(loop(), none, ZoneId.of("UTC"), MarkdownExport.Mode.MARKDOWN);
    assertThat(md)
        .contains("### Debrief")
        .contains("### Top 3 things to work on next")
        .contains("- Round 2 · 2 partial (28) · Title of cache-aside")
        .contains("  - drill: mockloop practice --scenario cache-aside --level L6")
        .doesNotContain("\n     drill");
  }
}
