package dev.mockloop.report;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.IntUnaryOperator;

/**
 * Styled text wrapped by {@link Wrap}'s rule: the plain text of a paragraph's pieces (report runs,
 * the TUI's spans) is broken into lines once, and each piece is cut at the line boundaries, keeping
 * its style; a hanging line starts with a piece of spaces.
 */
public final class StyledWrap {
  private StyledWrap() {}

  /**
   * A paragraph of styled pieces (spans, runs) wrapped by {@link Wrap#lines}: each visual line as
   * the pieces cut at its boundaries, after an {@code indent} piece when it hangs.
   *
   * @param text a piece's text
   * @param withText the piece with other text, same style
   * @param indent a piece of spaces
   * @param columns the columns a character takes (the TUI counts wide ones as two)
   */
  public static <T> List<List<T>> pieces(
      List<T> para,
      Function<T, String> text,
      BiFunction<T, String, T> withText,
      Function<String, T> indent,
      int width,
      IntUnaryOperator columns) {
    StringBuilder plain = new StringBuilder();
    int[] starts = new int[para.size() + 1];
    for (int i = 0; i < para.size(); i++) {
      starts[i] = plain.length();
      plain.append(text.apply(para.get(i)));
    }
    starts[para.size()] = plain.length();
    List<List<T>> out = new ArrayList<>();
    for (Wrap.Line line : Wrap.lines(plain.toString(), width, columns, true)) {
      List<T> row = new ArrayList<>();
      if (line.indent() > 0) {
        row.add(indent.apply(" ".repeat(line.indent())));
      }
      for (int i = 0; i < para.size(); i++) {
        int from = Math.max(line.start(), starts[i]);
        int to = Math.min(line.end(), starts[i + 1]);
        if (from < to) {
          row.add(withText.apply(para.get(i), plain.substring(from, to)));
        }
      }
      out.add(row);
    }
    return out;
  }

  /** A report line wrapped to {@code width}: one report line per visual line. */
  public static List<ReportLine> lines(ReportLine para, int width) {
    List<List<ReportLine.Run>> rows =
        pieces(para.runs(), RunText.TEXT, RunText.WITH, RunText.INDENT, width, Wrap.ONE_COLUMN);
    List<ReportLine> out = new ArrayList<>(rows.size());
    for (List<ReportLine.Run> row : rows) { // a loop, not a stream: reports have hundreds of lines
      out.add(new ReportLine(row));
    }
    return List.copyOf(out);
  }

  /** A run's text, a run with other text, an indent: classes, not lambdas (no linking each). */
  private static final class RunText implements Function<ReportLine.Run, String> {
    static final Function<ReportLine.Run, String> TEXT = new RunText();
    static final BiFunction<ReportLine.Run, String, ReportLine.Run> WITH = new WithText();
    static final Function<String, ReportLine.Run> INDENT = new Indent();

    @Override
    public String apply(ReportLine.Run r) {
      return r.text();
    }
  }

  private static final class WithText
      implements BiFunction<ReportLine.Run, String, ReportLine.Run> {
    @Override
    public ReportLine.Run apply(ReportLine.Run r, String t) {
      return new ReportLine.Run(t, r.tone());
    }
  }

  private static final class Indent implements Function<String, ReportLine.Run> {
    @Override
    public ReportLine.Run apply(String spaces) {
      return new ReportLine.Run(spaces, ReportLine.Tone.NORMAL);
    }
  }
}
