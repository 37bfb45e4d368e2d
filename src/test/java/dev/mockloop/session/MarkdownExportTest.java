package dev.mockloop.session;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mockloop.bank.Level;
import dev.mockloop.report.MarkdownExport;
import dev.mockloop.scoring.Flag;
import dev.mockloop.scoring.ScoreCard;
import dev.mockloop.testing.Golden;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Golden-file test of the Markdown export ({@code golden/session/export.md}, see {@link Golden}).
 */
class MarkdownExportTest {
  static Transcript latest() {
    Instant at = Instant.parse("2026-11-20T09:00:00Z");
    String answer =
        "I'd pick DynamoDB: p99 is 1-4 ms at 100K QPS.\n\n"
            + "Watch the *hot* keys; cost is $0.25/M reads [on-demand].";
    ScoreCard main = Transcripts.card(answer, Transcripts.DYNAMO);
    main =
        new ScoreCard(
            main.score(),
            main.points(),
            main.dimensions(),
            main.signals(),
            List.of(new Flag("too-short", "Say more: name the trade-off you accept.")),
            main.levelRead());
    List<Transcripts.P> fuRubric = List.of(new Transcripts.P("hybrid", "design", 1, "OpenSearch"));
    String fuAnswer = "Stream changes into OpenSearch for the ad-hoc queries.";
    TranscriptFollowUp fu =
        new TranscriptFollowUp(
            "complex-queries",
            "What if you need complex queries later?",
            4,
            new TranscriptAnswer(
                fuAnswer, 95, true, at.plusSeconds(700), Transcripts.card(fuAnswer, fuRubric)));
    TranscriptFollowUp unanswered =
        new TranscriptFollowUp("hot-partition", "What about hot partitions?", 3, null);
    TranscriptRound r =
        new TranscriptRound(
            "dynamodb-vs-rds",
            "ab12",
            "DynamoDB vs RDS at 100K QPS",
            "databases",
            "You need 100,000 QPS with single-digit millisecond latency.\nChoose between DynamoDB "
                + "and RDS.",
            "E-commerce catalog; flash sales.",
            12,
            "follow-up 2",
            new TranscriptAnswer(answer, 605, false, at.plusSeconds(605), main),
            List.of(fu, unanswered),
            new Draft("hot-partition", "Shard the key with a suffix", 40, at.plusSeconds(760)),
            null);
    return new Transcript(
        Transcript.SCHEMA,
        "2026-11-20T0900-latest",
        Level.L6,
        at,
        at.plusSeconds(800),
        SessionStatus.ABANDONED,
        null,
        List.of("dynamodb-vs-rds"),
        List.of(r));
  }

  static History history(Transcript latest) {
    Transcript earlier =
        Transcripts.dynamo(
            "2026-11-10T0900-before", "2026-11-10T09:00:00Z", "the access pattern and p99");
    return new History(
        List.of(Summaries.of(earlier), Summaries.of(latest)),
        List.of(),
        Summaries.pointTexts(earlier));
  }

  private static final ZoneId UTC = ZoneId.of("UTC");

  @Test
  void exportMatchesTheGoldenFile() throws IOException {
    Transcript t = latest();
    String md = MarkdownExport.render(t, history(t), UTC, MarkdownExport.Mode.MARKDOWN);
    Golden.check("session/export.md", md);
  }

  @Test
  void matchedWordsAreBoldAndUserTextIsEscaped() {
    Transcript t = latest();
    String md = MarkdownExport.render(t, history(t), UTC, MarkdownExport.Mode.MARKDOWN);
    assertThat(md).contains("**p99**", "**cost**", "**OpenSearch**");
    assertThat(md).contains("\\*hot\\*", "\\[on-demand\\]");
    assertThat(md)
        .contains("- newly covered: Point cost", "- missed this time: Point query-patterns");
  }

  @Test
  void textModeDoesNotEscape() {
    Transcript t = latest();
    String text =
        MarkdownExport.render(
            t, new History(List.of(), List.of(), Map.of()), UTC, MarkdownExport.Mode.TEXT);
    assertThat(text).contains("*hot*", "[on-demand]").doesNotContain("Last time");
  }

  @Test
  void aDisputedPointShowsTheUsersSentenceInBothModes() {
    Transcript t =
        Transcripts.disputed(
            latest(),
            0,
            "query-patterns",
            "Watch the *hot* keys; cost is $0.25/M reads [on-demand].",
            Instant.parse("2026-11-20T09:14:00Z"));
    String md = MarkdownExport.render(t, history(t), UTC, MarkdownExport.Mode.MARKDOWN);
    assertThat(md)
        .contains(
            "Covered 2 of 3 key points; you marked 1 more as covered",
            "- ✓ Point query-patterns  \\[design, weight 2\\]\n  - covered (you said: \"Watch the "
                + "\\*hot\\* keys; cost is $0.25/M reads \\[on-demand\\].\"); the scorer missed it");
    assertThat(md)
        .as("no longer dropped since the earlier attempt")
        .doesNotContain("missed this time");
    String text = MarkdownExport.render(t, history(t), UTC, MarkdownExport.Mode.TEXT);
    assertThat(text).contains("covered (you said: \"Watch the *hot* keys;");
  }
}
