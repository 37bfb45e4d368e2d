package dev.mockloop.line;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The time left where there is no status line: at each new line, at 2:00 and at 0:30. */
class TimeDisplayTest {
  private final Instant start = Instant.parse("2026-01-05T10:00:00Z");

  @Test
  void aDumbTerminalGetsTheTimeAtEachNewLineAndTwoNoticesOnce() throws Exception {
    try (PipedTerminal t = new PipedTerminal(true)) {
      TimeDisplay time = new TimeDisplay(t.terminal(), new AnswerReader(t.terminal(), true), true);
      assertThat(time.statusLine()).isFalse();
      time.begin("L6 · Round 1 of 1", start.plus(Duration.ofMinutes(3)), start);
      time.newLine(start.plusSeconds(15));
      assertThat(t.output()).contains("[02:45 left] ");
      time.notices(start.plusSeconds(50));
      assertThat(t.output()).doesNotContain("2 minutes left");
      time.notices(start.plusSeconds(61));
      time.notices(start.plusSeconds(62));
      time.notices(start.plusSeconds(151));
      time.notices(start.plusSeconds(170));
      String out = t.output();
      assertThat(out.split("2 minutes left", -1)).hasSize(2);
      assertThat(out.split("30 seconds left", -1)).hasSize(2);
    }
  }

  @Test
  void pipedInputAndUntimedAnswersGetNoNotices() throws Exception {
    try (PipedTerminal t = new PipedTerminal(true)) {
      TimeDisplay piped =
          new TimeDisplay(t.terminal(), new AnswerReader(t.terminal(), false), false);
      piped.begin("x", start.plus(Duration.ofMinutes(3)), start);
      piped.newLine(start.plusSeconds(10));
      piped.notices(start.plusSeconds(170));
      TimeDisplay untimed =
          new TimeDisplay(t.terminal(), new AnswerReader(t.terminal(), true), true);
      untimed.begin("x", null, start);
      untimed.newLine(start.plusSeconds(10));
      untimed.notices(start.plusSeconds(170));
      assertThat(t.output()).doesNotContain("left");
    }
  }

  @Test
  void anXtermHasAStatusLine() throws Exception {
    try (PipedTerminal t = new PipedTerminal(false)) {
      TimeDisplay time = new TimeDisplay(t.terminal(), new AnswerReader(t.terminal(), true), true);
      assertThat(time.statusLine()).isTrue();
      time.begin("L7 · Round 1 of 1", start.plus(Duration.ofMinutes(15)), start);
      time.refresh(start.plusSeconds(5));
      assertThat(t.output()).contains("L7 · Round 1 of 1 | 14:55 left | '.' line or Ctrl-D");
      time.end();
    }
  }
}
