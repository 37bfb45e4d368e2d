package dev.mockloop.report;

import dev.mockloop.report.ReportLine.Tone;
import java.time.Duration;
import java.util.Locale;

/**
 * The one formatter of numbers and times in reports and screens: {@code mm:ss}, text bars, the tone
 * of a score, answer text on one line. Counted nouns are {@link dev.mockloop.io.Plural}.
 */
public final class Format {
  private Format() {}

  /** A duration as {@code mm:ss} ("04:05"; "125:00" past 99 minutes); negative as "00:00". */
  public static String mmss(Duration d) {
    return mmss(d.toSeconds());
  }

  /** {@code seconds} as {@code mm:ss}. */
  public static String mmss(long seconds) {
    long secs = Math.max(0, seconds);
    // by hand, not String.format("%02d:%02d"): review list formats one per session, and a
    // Formatter per call (with the locale's digits looked up each time) was a third of its CPU
    char zero = Digits.ZERO;
    StringBuilder sb = new StringBuilder(6);
    long minutes = secs / 60;
    if (minutes < 10) {
      sb.append(zero);
    }
    Digits.append(sb, minutes, zero);
    sb.append(':').append((char) (zero + secs % 60 / 10)).append((char) (zero + secs % 10));
    return sb.toString();
  }

  /** {@code n} as {@code %d} prints it in the default locale, without a {@code Formatter}. */
  public static String d(long n) {
    if (Digits.ZERO == '0') {
      return Long.toString(n);
    }
    StringBuilder sb = new StringBuilder(20);
    if (n < 0) {
      sb.append('-');
    }
    String digits = Long.toString(n);
    for (int i = n < 0 ? 1 : 0; i < digits.length(); i++) {
      sb.append((char) (digits.charAt(i) - '0' + Digits.ZERO));
    }
    return sb.toString();
  }

  /** {@code s} after spaces to {@code width} characters, as {@code %Ns} pads it. */
  public static String right(String s, int width) {
    return s.length() >= width ? s : " ".repeat(width - s.length()) + s;
  }

  /** {@code s} and spaces to {@code width} characters, as {@code %-Ns} pads it. */
  public static String left(String s, int width) {
    return s.length() >= width ? s : s + " ".repeat(width - s.length());
  }

  /**
   * The zero {@code String.format("%d", 0)} prints in {@code locale}. English, in any region and
   * without a script or extensions ({@code -u-nu-} names another numbering system), writes ASCII
   * digits (the JDK's locale data, as {@code String.format} finds it when no other provider is
   * asked for), so those are answered without the {@code Formatter}, whose first use sets up the
   * locale providers: 10-20 ms of a cold start, on a round's first frame and in review stats.
   */
  static char zero(Locale locale) {
    if (locale.getLanguage().equals("en")
        && locale.getScript().isEmpty()
        && locale.getExtensionKeys().isEmpty()
        && System.getProperty("java.locale.providers") == null) {
      return '0';
    }
    return String.format(locale, "%d", 0).charAt(0);
  }

  /** The digits {@code %d} prints in the default locale (ASCII in most), found once. */
  private static final class Digits {
    static final char ZERO = zero(Locale.getDefault(Locale.Category.FORMAT));

    static void append(StringBuilder sb, long n, char zero) {
      if (n >= 10) {
        append(sb, n / 10, zero);
      }
      sb.append((char) (zero + n % 10));
    }
  }

  /** A text bar of {@code width} cells, {@code ratio} (0..1, clamped) of them filled. */
  public static String bar(double ratio, int width) {
    int filled = (int) Math.round(Math.max(0, Math.min(1, ratio)) * width);
    return "█".repeat(filled) + "░".repeat(width - filled);
  }

  /** The tone of a score out of 100: good from 70, warn from 40, else bad. */
  public static Tone scoreTone(int score) {
    return score >= 70 ? Tone.GOOD : score >= 40 ? Tone.WARN : Tone.BAD;
  }

  /** Text from an answer on one line: runs of white space (line breaks too) as one space. */
  public static String oneLine(String text) {
    return text.replaceAll("\\s+", " ");
  }
}
