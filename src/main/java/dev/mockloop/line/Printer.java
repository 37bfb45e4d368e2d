package dev.mockloop.line;

import dev.mockloop.report.ReportLine;
import dev.mockloop.report.ReportLine.Tone;
import dev.mockloop.report.StyledWrap;
import java.util.ArrayList;
import java.util.List;
import org.jline.terminal.Terminal;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;

/**
 * Prints report paragraphs to the terminal, word-wrapped to its width by the one wrapper ({@link
 * StyledWrap}, list items hanging under their text). With colour, tones become ANSI styles; without
 * (a dumb terminal, a pipe, {@code --no-color}), matched words are shown in [brackets] so they
 * stand out in plain text and to screen readers too.
 */
final class Printer {
  private static final int FALLBACK_WIDTH = 80;
  private static final int MAX_WIDTH = 100;

  private final Terminal terminal;
  private final boolean color;

  Printer(Terminal terminal, boolean color) {
    this.terminal = terminal;
    this.color = color;
  }

  boolean color() {
    return color;
  }

  /** The width to wrap at: the terminal's, at most 100 columns; 80 when it does not know. */
  int width() {
    int w = terminal.getWidth();
    return w < 20 ? FALLBACK_WIDTH : Math.min(MAX_WIDTH, w - 1);
  }

  void print(List<ReportLine> paras) {
    for (ReportLine p : paras) {
      print(p);
    }
  }

  void print(String text, Tone tone) {
    print(ReportLine.of(text, tone));
  }

  void print(ReportLine para) {
    for (String line : render(para, width())) {
      terminal.writer().println(line);
    }
    terminal.flush();
  }

  /** The paragraph as printable lines (ANSI-styled when in colour). */
  List<String> render(ReportLine para, int width) {
    List<String> out = new ArrayList<>();
    for (ReportLine line : StyledWrap.lines(color ? para : para.bracketed(), width)) {
      AttributedStringBuilder sb = new AttributedStringBuilder();
      line.runs().forEach(r -> sb.styled(style(r.tone()), r.text()));
      out.add(color ? sb.toAnsi(terminal) : sb.toString());
    }
    return out;
  }

  static AttributedStyle style(Tone tone) {
    AttributedStyle d = AttributedStyle.DEFAULT;
    return switch (tone) {
      case NORMAL, ANSWER -> d;
      case DIM -> d.foreground(AttributedStyle.WHITE);
      case TITLE, HEADING -> d.foreground(AttributedStyle.CYAN | AttributedStyle.BRIGHT).bold();
      case GOOD -> d.foreground(AttributedStyle.GREEN | AttributedStyle.BRIGHT);
      case WARN -> d.foreground(AttributedStyle.YELLOW | AttributedStyle.BRIGHT).bold();
      case BAD -> d.foreground(AttributedStyle.RED | AttributedStyle.BRIGHT).bold();
      case HIGHLIGHT ->
          d.foreground(AttributedStyle.BLACK)
              .background(AttributedStyle.GREEN | AttributedStyle.BRIGHT);
    };
  }
}
