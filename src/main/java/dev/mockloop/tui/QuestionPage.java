package dev.mockloop.tui;

import dev.mockloop.engine.Answer;
import dev.mockloop.engine.Phase;
import dev.mockloop.engine.RoundState;
import dev.mockloop.io.Plural;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The whole question and context on the full screen below the round header: the reading phase
 * before the answer editor takes over, and the page {@code F2} lays over the editor while typing
 * (the draft stays in the editor's model). It scrolls when the text does not fit; the header keeps
 * the countdown, which runs while reading as it does in an interview. {@link #paras} is the
 * question's text, also shown above the editor by {@link RoundView}.
 */
final class QuestionPage {

  private final ScrollText text;

  QuestionPage(Supplier<List<List<Span>>> paras) {
    this.text = new ScrollText(w -> Styled.wrapAll(paras.get(), w));
  }

  /** Scrolls by one of the {@link Keys#SCROLL} keys. */
  void scroll(Op op) {
    text.key(op);
  }

  /** The question changed (a new phase): wrap again, from the top. */
  void reset() {
    text.reset();
  }

  /** Draws below the two header rows and above {@code bottom}: a separator and the text. */
  void draw(Canvas c, boolean reading, int words, int bottom) {
    String label = reading ? " Read the question and context " : " Question and context ";
    String right =
        reading ? " Enter to answer " : " your answer: " + Plural.of(words, "word") + " ";
    RoundChrome.separator(c, 2, label, right);
    text.draw(c, 3, bottom);
  }

  /** As {@link #paras(RoundState, Theme)}, after a notice (how the scenarios were chosen). */
  static List<List<Span>> paras(String notice, RoundState s, Theme t) {
    List<List<Span>> p = new ArrayList<>();
    if (!notice.isEmpty()) {
      p.add(Styled.para(notice, t.warn));
      p.add(Styled.para("", t.normal));
    }
    p.addAll(paras(s, t));
    return p;
  }

  /**
   * The question's paragraphs: the main question and its context, or the follow-up with the earlier
   * answers of the round, newest first.
   */
  static List<List<Span>> paras(RoundState s, Theme t) {
    List<List<Span>> p = new ArrayList<>();
    if (s.phase().kind() == Phase.Kind.MAIN) {
      p.add(Styled.para("Question", t.heading));
      p.add(Styled.para(s.question(), t.normal));
      if (!s.context().isBlank()) {
        p.add(Styled.para("", t.normal));
        p.add(Styled.para("Context", t.heading));
        p.add(Styled.para(s.context(), t.dim));
      }
      return p;
    }
    int i = s.phase().followUp();
    p.add(
        Styled.para(
            "Follow-up " + (i + 1) + " of " + s.followUps().size() + ": the interviewer asks",
            t.heading));
    p.add(Styled.para(s.question(), t.warn));
    for (int a = s.answers().size() - 1; a >= 0; a--) {
      Answer prev = s.answers().get(a);
      p.add(Styled.para("", t.normal));
      p.add(Styled.para("Your earlier answer to: " + oneLine(prev.question()), t.heading));
      p.add(Styled.para(prev.text().isBlank() ? "(empty)" : prev.text(), t.dim));
    }
    return p;
  }

  private static String oneLine(String s) {
    String t = s.strip().replaceAll("\\s+", " ");
    return t.length() > 70 ? t.substring(0, 69) + "…" : t;
  }
}
