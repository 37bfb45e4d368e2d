package dev.mockloop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mockloop.bank.Level;
import dev.mockloop.session.History;
import dev.mockloop.session.ListDigest;
import dev.mockloop.session.ListView;
import dev.mockloop.session.RoundSummary;
import dev.mockloop.session.SessionStatus;
import dev.mockloop.session.SessionSummary;
import dev.mockloop.session.StoredSession;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The table {@code review list} makes from the list digest is {@link ReviewListTable}'s table of
 * the same history to the byte: every width, level filter, kind of title (long, non-ASCII, with
 * control characters), loops, unscored rounds, long times and unreadable files.
 */
class ReviewListBytesTest {
  private static final List<String> TITLES =
      List.of(
          "DynamoDB vs RDS",
          "Designing a rate limiter for a multi-tenant API with bursty traffic and strict fairness",
          "Café résumé — naïve façade, 日本語 titles and more words after them to be cut",
          "Tabs\tand\nnewlines and \u001b[31mescapes\u001b[0m and \u0085 C1",
          "x",
          "A title of exactly the length that sits on the edge of the column we have",
          "   spaces around   ");

  @Test
  void theDigestsTableIsTheHistorysTableToTheByte() {
    Random r = new Random(7);
    List<SessionSummary> sessions = new ArrayList<>();
    Instant t = Instant.parse("2026-01-01T08:00:00Z");
    for (int i = 0; i < 400; i++) {
      t = t.plusSeconds(600 + r.nextInt(100_000));
      List<RoundSummary> rounds = new ArrayList<>();
      int n = r.nextInt(10) == 0 ? 2 + r.nextInt(11) : r.nextInt(10) == 0 ? 0 : 1;
      for (int k = 0; k < n; k++) {
        String title = TITLES.get(r.nextInt(TITLES.size()));
        Integer score = r.nextInt(6) == 0 ? null : r.nextInt(101);
        long seconds = r.nextInt(20) == 0 ? 3600L * (2 + r.nextInt(300)) : r.nextInt(1200);
        rounds.add(
            new RoundSummary(
                "sc-" + k, title, "topic", score, seconds, false, List.of(), List.of(), ""));
      }
      String id =
          String.format("2026-%02d-%02dT0800-", 1 + i % 12, 1 + i % 28)
              + "abcdefghijklmnopqrstuvwxyz".substring(0, 2 + r.nextInt(20))
              + i;
      sessions.add(
          new SessionSummary(
              id,
              r.nextBoolean() ? Level.L6 : Level.L7,
              SessionStatus.values()[r.nextInt(SessionStatus.values().length)],
              t,
              null,
              n,
              rounds));
    }
    List<StoredSession.Unreadable> bad =
        List.of(
            new StoredSession.Unreadable("a-bad\u001b]0;x", Path.of("/s/a-bad.yaml"), "broken"),
            new StoredSession.Unreadable("b", Path.of("/s/b.yaml"), "bad\tyaml é"));
    for (List<StoredSession.Unreadable> unreadable :
        List.of(bad, List.<StoredSession.Unreadable>of())) {
      History h = new History(sessions, unreadable, Map.of());
      ListView view = ListDigest.view(h, Path.of("/s"));
      for (Level level : new Level[] {null, Level.L6, Level.L7}) {
        List<SessionSummary> newest = new ArrayList<>(h.filter(level, null).sessions());
        Collections.reverse(newest);
        for (int width : new int[] {20, 40, 59, 60, 66, 80, 83, 90, 100, 120, 200}) {
          String expected = ReviewListTable.of(newest, h.unreadable(), width);
          byte[] made = ReviewListBytes.of(view, level, width);
          assertThat(new String(made, StandardCharsets.UTF_8))
              .as("level %s width %d", level, width)
              .isEqualTo(expected);
          assertThat(made).isEqualTo(expected.getBytes(StandardCharsets.UTF_8));
          assertThat(CleanBytes.clean(made, 0)).isTrue(); // as ResultCache.putClean is told
        }
      }
    }
  }

  @Test
  void anEmptyHistoryToo() {
    History h = new History(List.of(), List.of(), Map.of());
    String made = new String(ReviewListBytes.of(ListDigest.view(h, Path.of("/s")), null, 80));
    assertThat(made).isEqualTo(ReviewListTable.of(List.of(), List.of(), 80));
  }
}
