package dev.mockloop.report;

import dev.mockloop.io.SafeText;
import dev.mockloop.report.ReportLine.Run;
import dev.mockloop.report.ReportLine.Tone;
import dev.mockloop.session.History;
import dev.mockloop.session.Transcript;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A saved session as a Markdown document: the lines of {@link SessionReport} (the same the review
 * browser shows), with titles and headings as Markdown headings, indented lines as list items,
 * answers quoted with their matched words in bold. {@link Mode#TEXT} writes the same document
 * without Markdown escapes, for a terminal ({@code review show}).
 */
public final class MarkdownExport {
  /** Markdown (escaped, for files) or plain text (for a terminal). */
  public enum Mode {
    MARKDOWN,
    TEXT
  }

  private enum Block {
    NONE,
    PARAGRAPH,
    ITEM
  }

  private final StringBuilder out = new StringBuilder();
  private final Mode mode;
  private Block last = Block.NONE;
  private boolean titled;

  private MarkdownExport(Mode mode) {
    this.mode = mode;
  }

  /**
   * @param history the sessions to compare against (for "last time"); may be empty
   * @param zone the zone times are shown in
   */
  public static String render(Transcript t, History history, ZoneId zone, Mode mode) {
    return of(SessionReport.of(t, history, zone), mode);
  }

  /** Any report lines as Markdown. */
  public static String of(List<ReportLine> lines, Mode mode) {
    MarkdownExport m = new MarkdownExport(mode);
    lines.forEach(m::line);
    // the document is ours, its text is not: no control character but newline and tab survives
    return SafeText.plain(m.out.toString());
  }

  private void line(ReportLine l) {
    String text = l.text();
    Tone first = l.runs().isEmpty() ? Tone.NORMAL : l.runs().get(0).tone();
    if (text.isBlank()) {
      return; // blocks are separated below, so a gap adds nothing
    }
    if (first == Tone.TITLE) {
      block(Block.PARAGRAPH, (titled ? "## " : "# ") + esc(text.strip()));
      titled = true;
    } else if (first == Tone.HEADING) {
      block(Block.PARAGRAPH, "### " + esc(text.strip()));
    } else if (l.runs().stream()
        .anyMatch(r -> r.tone() == Tone.ANSWER || r.tone() == Tone.HIGHLIGHT)) {
      block(Block.PARAGRAPH, quote(answer(l.runs())));
    } else if (text.startsWith(" ") || text.startsWith("- ")) {
      int indent = text.length() - text.stripLeading().length();
      String body = text.strip();
      String item = body.startsWith("- ") ? body.substring(2) : body;
      block(Block.ITEM, (indent <= 2 ? "- " : "  - ") + esc(item));
    } else {
      block(Block.PARAGRAPH, esc(text.strip()));
    }
  }

  /** Writes a block, after a blank line unless it continues a list. */
  private void block(Block kind, String text) {
    if (last != Block.NONE && !(last == Block.ITEM && kind == Block.ITEM)) {
      out.append('\n');
    }
    out.append(text).append('\n');
    last = kind;
  }

  private String answer(List<Run> runs) {
    StringBuilder sb = new StringBuilder();
    for (Run r : runs) {
      boolean bold = r.tone() == Tone.HIGHLIGHT && !r.text().isBlank();
      sb.append(bold ? "**" + esc(r.text()) + "**" : esc(r.text()));
    }
    return sb.toString();
  }

  private static String quote(String text) {
    return text.strip()
        .lines()
        .map(l -> l.isBlank() ? ">" : "> " + l)
        .collect(Collectors.joining("\n"));
  }

  /** Escapes Markdown's inline syntax in the text (Markdown mode only). */
  private String esc(String s) {
    if (mode == Mode.TEXT) {
      return s;
    }
    StringBuilder sb = new StringBuilder(s.length());
    for (char c : s.toCharArray()) {
      if ("\\`*_[]<>#|".indexOf(c) >= 0) {
        sb.append('\\');
      }
      sb.append(c);
    }
    return sb.toString();
  }
}
