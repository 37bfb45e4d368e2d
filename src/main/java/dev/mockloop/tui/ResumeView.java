package dev.mockloop.tui;

import dev.mockloop.io.Plural;
import dev.mockloop.session.Draft;
import dev.mockloop.session.Transcript;
import dev.mockloop.session.TranscriptRound;
import java.io.IOException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * Offers each unfinished session (a run that was killed, or paused: quit mid-answer) in turn:
 * resume it where it stopped, or keep it as it is (recovered, or abandoned when paused).
 */
final class ResumeView implements View {
  private static final DateTimeFormatter SAVED =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);
  private final Navigator app;
  private final KeyTable keys;
  private final List<Transcript> pending;
  private final Runnable then;
  private String error = "";

  ResumeView(Navigator app, List<Transcript> unfinished, Runnable then) {
    this.app = app;
    this.pending = new ArrayList<>(unfinished);
    this.then = then;
    this.keys =
        new KeyTable()
            .row("r", "resume", () -> app.practice().resume(pending.get(0)))
            .chars("r")
            .row("k", "keep as it is", this::keep)
            .brief("keep")
            .chars("k")
            .row("Ctrl-C", "quit", app::interrupt)
            .on(Op.INTERRUPT);
  }

  @Override
  public KeyTable keys() {
    return keys;
  }

  private void keep() {
    Transcript t = pending.get(0);
    try {
      app.ctx().store().keep(t, app.ctx().clock().instant());
      pending.remove(0);
      error = "";
      if (pending.isEmpty()) {
        then.run();
      }
    } catch (IOException e) {
      error = "Could not save " + t.id() + ": " + e.getMessage();
    }
  }

  @Override
  public void draw(Canvas c) {
    Theme th = c.theme;
    Transcript t = pending.get(0);
    c.fill(0, 1, th.bar);
    c.text(0, 0, " mockloop · unfinished session found", th.bar);
    List<List<Span>> p = new ArrayList<>();
    p.add(Styled.para(t.howItStopped(), th.heading));
    p.add(Styled.para("", th.normal));
    p.add(Styled.para("  Session   " + t.id(), th.normal));
    p.add(
        Styled.para(
            "  Level     "
                + t.level()
                + ", "
                + t.rounds().size()
                + " of "
                + Plural.of(t.planned().size(), "round")
                + " started",
            th.normal));
    if (!t.rounds().isEmpty()) {
      TranscriptRound r = t.rounds().get(t.rounds().size() - 1);
      p.add(Styled.para("  Scenario  " + r.title() + " (" + r.whereStopped() + ")", th.normal));
    }
    t.draft()
        .ifPresent(
            (Draft d) ->
                p.add(
                    Styled.para(
                        "  Draft     "
                            + Plural.of(d.words(), "word")
                            + ", saved "
                            + SAVED.format(d.savedAt()),
                        th.normal)));
    p.add(Styled.para("", th.normal));
    p.add(List.of(new Span("  r ", th.key), new Span("resume it where it stopped", th.normal)));
    p.add(
        List.of(
            new Span("  k ", th.key),
            new Span("keep it as it is (status " + t.keptAs().word() + ") and go on", th.normal)));
    if (pending.size() > 1) {
      p.add(Styled.para("", th.normal));
      p.add(
          Styled.para(
              "Then " + Plural.of(pending.size() - 1, "more unfinished session") + ".", th.dim));
    }
    if (!error.isEmpty()) {
      p.add(Styled.para(error, th.bad));
    }
    int bottom = Footer.draw(c, keys);
    List<List<Span>> lines = Styled.wrapAll(p, c.width() - 2);
    for (int i = 0; i < lines.size() && 2 + i < bottom; i++) {
      c.spans(1, 2 + i, lines.get(i));
    }
  }
}
