package dev.mockloop.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mockloop.scoring.ScoreCard;
import dev.mockloop.scoring.ScoreOrder;
import dev.mockloop.scoring.Scorer;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * The sink of {@code score --batch}: reads ahead a window of lines ({@link ScoreOrder#WINDOW}
 * answers or {@link ScoreOrder#WINDOW_CHARS} characters), scores its answers grouped by what they
 * answer ({@link ScoreOrder}), and prints every line's result in input order. A window also ends
 * whenever the input has nothing more waiting, so a producer on a pipe still sees each result
 * before it sends more.
 */
final class GroupedBatch implements BatchAnswers.Sink {
  private final Scorer scorer;
  private final PrintWriter out;
  private final InputStream in;

  /** In input order: an {@link BatchAnswers.Entry} to score or an error's JSON line. */
  private final List<Object> pending = new ArrayList<>();

  private long chars;
  private int errors;

  GroupedBatch(Scorer scorer, PrintWriter out, InputStream in) {
    this.scorer = scorer;
    this.out = out;
    this.in = in;
  }

  int errors() {
    return errors;
  }

  @Override
  public void entry(BatchAnswers.Entry e) {
    pending.add(e);
    chars += e.answer().length();
    drainIfDue();
  }

  @Override
  public void error(JsonNode id, int line, String message) {
    errors++;
    pending.add(ScoreJson.error(id, line, message).toString());
    drainIfDue();
  }

  private void drainIfDue() {
    boolean waiting;
    try {
      waiting = in.available() > 0;
    } catch (IOException e) {
      waiting = false;
    }
    if (!waiting || pending.size() >= ScoreOrder.WINDOW || chars >= ScoreOrder.WINDOW_CHARS) {
      drain();
    }
  }

  /** Scores the window's answers, grouped, and prints every result in input order. */
  void drain() {
    int n = pending.size();
    String[] keys = new String[n];
    for (int i = 0; i < n; i++) {
      keys[i] = pending.get(i) instanceof BatchAnswers.Entry e ? key(e.target()) : "";
    }
    String[] lines = new String[n];
    for (int i : ScoreOrder.grouped(keys)) {
      Object p = pending.get(i);
      lines[i] = p instanceof BatchAnswers.Entry e ? score(e) : (String) p;
    }
    for (String line : lines) {
      out.println(line);
    }
    out.flush();
    pending.clear();
    chars = 0;
  }

  private String score(BatchAnswers.Entry e) {
    ScoreTarget t = e.target();
    ScoreCard card =
        t.followUp() == null
            ? scorer.scoreMain(e.answer(), t.scenario(), t.level())
            : scorer.scoreFollowUp(e.answer(), t.scenario(), t.level(), t.followUp());
    return ScoreJson.card(e.id(), t, card, false).toString();
  }

  private static String key(ScoreTarget t) {
    return t.scenario().id()
        + '\u0000'
        + t.level()
        + '\u0000'
        + (t.followUp() == null ? "" : t.followUp().id());
  }
}
