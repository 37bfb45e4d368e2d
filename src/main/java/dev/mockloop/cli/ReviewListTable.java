package dev.mockloop.cli;

import dev.mockloop.io.Plural;
import dev.mockloop.io.SafeText;
import dev.mockloop.report.Format;
import dev.mockloop.session.RoundSummary;
import dev.mockloop.session.SessionSummary;
import dev.mockloop.session.StoredSession;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The table {@code review list} prints: a row per session (id, level, score, time answering,
 * status, scenarios), a loop's rounds under its row, the count, then the unreadable files and why;
 * fitted to the terminal's width.
 */
final class ReviewListTable {
  private static final int MIN_TITLES = 24;

  private ReviewListTable() {}

  /**
   * Rows start with the id, whose first part is the UTC start time, so no date column. A loop's
   * rounds are listed under its row, one a line; so is a single round's title when the column left
   * for it is narrower than {@link #MIN_TITLES}. Titles end in "..." when cut.
   */
  static String of(List<SessionSummary> rows, List<StoredSession.Unreadable> bad, int width) {
    int idWidth = Math.max(2, rows.stream().mapToInt(s -> s.id().length()).max().orElse(2));
    StringBuilder sb = new StringBuilder(rows.size() * 100 + 200);
    sb.append(head(idWidth, width));
    // one builder reused for every row: 10,000 rows otherwise make a dozen strings each
    StringBuilder line = new StringBuilder(160);
    // a round's line made once per title and score: 10,000 sessions repeat a few hundred
    Map<String, Map<Integer, String>> byTitle = new HashMap<>();
    for (SessionSummary s : rows) {
      line.setLength(0);
      pad(line, s.id(), idWidth, false).append("  ");
      pad(line, s.level().name(), 5, false).append("  ");
      pad(line, s.score().map(String::valueOf).orElse("-"), 5, true).append("  ");
      pad(line, Format.mmss(s.seconds()), 6, true).append("  ");
      pad(line, s.status().word(), 11, false).append("  ");
      int lead = line.length();
      boolean inline = s.rounds().size() <= 1 && width - lead >= MIN_TITLES;
      line.append(
          inline
              ? SafeText.line(String.join(", ", s.titles()))
              : width - lead < 8 ? "" : Plural.of(s.rounds().size(), "round"));
      if (line.length() > Math.max(width, lead)) {
        sb.append(cut(line.toString(), Math.max(width, lead)).stripTrailing());
      } else {
        int end = line.length();
        while (end > 0 && Character.isWhitespace(line.charAt(end - 1))) {
          end--;
        }
        sb.append(line, 0, end);
      }
      sb.append('\n');
      if (!inline) {
        for (int i = 0; i < s.rounds().size(); i++) {
          RoundSummary r = s.rounds().get(i);
          String text =
              i > 8
                  ? roundLine(i, r, width)
                  : byTitle
                      .computeIfAbsent(r.title(), k -> new HashMap<>())
                      .computeIfAbsent(
                          i * 1000 + (r.scored() ? r.score() : 999),
                          k -> roundLine(k / 1000, r, width));
          sb.append(text).append('\n');
        }
      }
    }
    return tail(sb, rows.size(), bad).toString();
  }

  /** The heading line, with its newline. */
  static String head(int idWidth, int width) {
    String head =
        String.format(
            "%-" + idWidth + "s  %-5s  %5s  %6s  %-11s  %s",
            "ID",
            "LEVEL",
            "SCORE",
            "TIME",
            "STATUS",
            "SCENARIOS");
    if (head.length() > width) {
      head = head.substring(0, head.length() - "SCENARIOS".length()); // they go under each row
    }
    return head.stripTrailing() + "\n";
  }

  /** The count of {@code sessions} and the unreadable files, after the rows. */
  static StringBuilder tail(StringBuilder sb, int sessions, List<StoredSession.Unreadable> bad) {
    sb.append(Plural.of(sessions, "session"));
    if (bad.isEmpty()) {
      return sb.append('\n');
    }
    sb.append(", ").append(bad.size()).append(" unreadable (fix or move these files):\n");
    for (StoredSession.Unreadable u : bad) {
      sb.append("  unreadable  ")
          .append(SafeText.line(u.id()))
          .append("  ")
          .append(SafeText.line(u.reason()))
          .append('\n');
    }
    return sb;
  }

  /** " 2. Circuit breaker design · 71" (or "not scored"), under its session's row. */
  static String roundLine(int index, RoundSummary r, int width) {
    String lead = "    " + (index + 1) + ". ";
    String score = " · " + (r.scored() ? String.valueOf(r.score()) : "not scored");
    return lead
        + cut(SafeText.line(r.title()), Math.max(12, width - lead.length() - score.length()))
        + score;
  }

  /** As above, for a title made safe ({@link SafeText#line}) and a score (-1: not scored). */
  static String roundLine(int index, String safeTitle, int score, int width) {
    String lead = "    " + (index + 1) + ". ";
    String s = " · " + (score >= 0 ? String.valueOf(score) : "not scored");
    return lead + cut(safeTitle, Math.max(12, width - lead.length() - s.length())) + s;
  }

  /** Appends {@code s} padded with spaces to {@code width}, on the left when {@code right}. */
  private static StringBuilder pad(StringBuilder sb, String s, int width, boolean right) {
    if (!right) {
      sb.append(s);
    }
    for (int i = s.length(); i < width; i++) {
      sb.append(' ');
    }
    return right ? sb.append(s) : sb;
  }

  /** {@code line}, or as much of it as fits with "..." at the end, cut at a word if one fits. */
  static String cut(String line, int width) {
    if (line.length() <= width) {
      return line;
    }
    int end = Math.max(0, width - 3);
    int space = line.lastIndexOf(' ', end);
    if (space > end - 12 && space > 0) {
      end = space;
    }
    return line.substring(0, end).stripTrailing() + "...";
  }
}
