package dev.mockloop.report;

import dev.mockloop.io.SafeText;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One paragraph of a report (results, model answer, loop summary), as runs of text each with a
 * {@link Tone}. Front ends map tones to their own styles (Lanterna colours, ANSI, or plain text)
 * and wrap paragraphs to their width; an empty paragraph is a gap. A paragraph that starts with
 * spaces and a bullet ({@code ✓ ✗ ! -}) is a list item (also ½), as is a round's row ("Round 2 ·
 * ..."), whose continuation lines hang under its text.
 *
 * @param runs the runs, in order; concatenated they are the paragraph's text
 */
public record ReportLine(List<Run> runs) {
  /** What a run of text means, so each front end can style it its own way. */
  public enum Tone {
    /** A document's or a round's title (a Markdown heading of the first or second level). */
    TITLE,
    NORMAL,
    DIM,
    HEADING,
    GOOD,
    WARN,
    BAD,
    /** The user's own words: an answer or a draft (quoted in Markdown). */
    ANSWER,
    /** Words of an answer that matched a rubric point. */
    HIGHLIGHT
  }

  /** A run of text in one tone; terminal control in the text is removed ({@link SafeText}). */
  public record Run(String text, Tone tone) {
    public Run {
      text = SafeText.plain(Objects.requireNonNull(text, "text"));
      Objects.requireNonNull(tone, "tone");
    }
  }

  public ReportLine {
    runs = List.copyOf(runs);
  }

  /** A paragraph of one run. */
  public static ReportLine of(String text, Tone tone) {
    return new ReportLine(List.of(new Run(text, tone)));
  }

  /** An empty paragraph: a gap between sections. */
  public static ReportLine gap() {
    return of("", Tone.NORMAL);
  }

  /** The paragraph's plain text. */
  public String text() {
    StringBuilder sb = new StringBuilder();
    for (Run r : runs) {
      sb.append(r.text());
    }
    return sb.toString();
  }

  /** For plain text: matched words ({@link Tone#HIGHLIGHT}) in [brackets], so they stand out. */
  public ReportLine bracketed() {
    List<Run> out = new ArrayList<>(runs.size());
    boolean changed = false;
    for (Run r : runs) { // a loop, not a stream: reports have hundreds of lines
      boolean mark = r.tone() == Tone.HIGHLIGHT && !r.text().isBlank();
      out.add(mark ? new Run("[" + r.text() + "]", Tone.NORMAL) : r);
      changed |= mark;
    }
    return changed ? new ReportLine(out) : this; // unchanged: an equal line
  }
}
