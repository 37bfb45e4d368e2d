package dev.mockloop.testing;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;

/**
 * Random inputs for the randomized tests, always drawn from a {@link Random} the test seeded, so a
 * failure is reproduced by re-running with the seed printed in its message. Text mixes ASCII,
 * control characters, CJK, emoji (surrogate pairs), right-to-left scripts, combining marks, Unicode
 * line breaks and YAML-ish fragments; files are mutated by deleting, inserting, duplicating and
 * flipping bytes.
 */
public final class RandomInputs {
  /** How many cases a randomized test runs unless it says otherwise. */
  public static final int CASES = 500;

  // spotless:off
  private static final String[] FRAGMENTS = {
    "key: value", "- item", ": ", " #", "'", "\"", "|", ">-", "&a", "*a", "!!str", "[", "]",
    "{", "}", "? ", "---", "...", "%YAML 1.2", "~", "null", "\\", "\t", "\r\n", "\u0085",
    "\u2028", "\u2029", "\ufeff", "\u001b[2J", "\u001b]0;x\u0007", "p99 ≤ 4 ms", "100K QPS",
    "partition key", "DAX", "not", "$0.25", "99.99%"};
  // spotless:on
  private static final String CJK = "数据库选择延迟漢字吞吐量分区键";
  private static final String RTL = "שלוםעולםمرحبابالعالم\u200f\u202e";
  private static final int[] EMOJI = {
    0x1F600, 0x1F680, 0x1F525, 0x1F469, 0x200D, 0x1F4BB, 0x1F642, 0x1F44D, 0x1F3FD, 0x2764, 0xFE0F,
    0x1D11E, 0x20000
  };

  private RandomInputs() {}

  /** Valid Unicode text (no lone surrogates) of up to {@code maxChars} UTF-16 chars. */
  public static String text(Random r, int maxChars) {
    int target = r.nextInt(maxChars + 1);
    StringBuilder sb = new StringBuilder(target + 16);
    while (sb.length() < target) {
      appendPiece(r, sb);
    }
    return trim(sb, target);
  }

  /** As {@link #text}, but any {@code char} may appear, lone surrogates included. */
  public static String anyChars(Random r, int maxChars) {
    String base = text(r, maxChars);
    StringBuilder sb = new StringBuilder(base);
    for (int i = 0; i < sb.length(); i++) {
      if (r.nextInt(8) == 0) {
        sb.setCharAt(i, (char) r.nextInt(Character.MAX_VALUE + 1));
      }
    }
    return sb.toString();
  }

  /** Up to {@code maxLength} code points drawn from {@code alphabet}. */
  public static String of(Random r, String alphabet, int maxLength) {
    int[] cps = alphabet.codePoints().toArray();
    int n = r.nextInt(maxLength + 1);
    StringBuilder sb = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      sb.appendCodePoint(cps[r.nextInt(cps.length)]);
    }
    return sb.toString();
  }

  /** One YAML-ish fragment: an indicator, a scalar, a break or an escape sequence. */
  public static String yamlFragment(Random r) {
    return FRAGMENTS[r.nextInt(FRAGMENTS.length)];
  }

  /** {@code original} after 1..{@code maxEdits} byte deletions, insertions, duplications, flips. */
  public static byte[] mutate(Random r, byte[] original, int maxEdits) {
    byte[] b = original.clone();
    int edits = 1 + r.nextInt(maxEdits);
    for (int e = 0; e < edits; e++) {
      int at = b.length == 0 ? 0 : r.nextInt(b.length);
      int len = Math.min(1 + r.nextInt(8), b.length - at);
      switch (r.nextInt(4)) {
        case 0 -> b = splice(b, at, len, new byte[0]);
        case 1 -> {
          byte[] ins =
              r.nextBoolean()
                  ? yamlFragment(r).getBytes(StandardCharsets.UTF_8)
                  : randomBytes(r, 1 + r.nextInt(4));
          b = splice(b, at, 0, ins);
        }
        case 2 -> b = splice(b, at, 0, Arrays.copyOfRange(b, at, at + len));
        default -> {
          if (b.length > 0) {
            b[at] ^= (byte) (1 << r.nextInt(8));
          }
        }
      }
    }
    return b;
  }

  /** {@code s} as a Java string literal (escaped, cut after 300 chars) for failure messages. */
  public static String show(String s) {
    StringBuilder sb = new StringBuilder("\"");
    int n = Math.min(s.length(), 300);
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c == '"' || c == '\\') {
        sb.append('\\').append(c);
      } else if (c >= 0x20 && c < 0x7f) {
        sb.append(c);
      } else {
        sb.append(String.format("\\u%04x", (int) c));
      }
    }
    sb.append('"');
    return s.length() > n ? sb + "... (" + s.length() + " chars)" : sb.toString();
  }

  private static void appendPiece(Random r, StringBuilder sb) {
    switch (r.nextInt(9)) {
      case 0 -> sb.append((char) ('a' + r.nextInt(26)));
      case 1 -> sb.append(" \n\t.,;:-".charAt(r.nextInt(8)));
      case 2 -> sb.append((char) (r.nextBoolean() ? r.nextInt(0x20) : 0x7f + r.nextInt(0x21)));
      case 3 -> sb.append(CJK.charAt(r.nextInt(CJK.length())));
      case 4 -> sb.appendCodePoint(EMOJI[r.nextInt(EMOJI.length)]);
      case 5 -> sb.append(RTL.charAt(r.nextInt(RTL.length())));
      case 6 -> sb.append(yamlFragment(r));
      case 7 -> sb.append((char) (0x0300 + r.nextInt(0x70))); // combining mark
      default -> sb.appendCodePoint(randomCodePoint(r));
    }
  }

  private static int randomCodePoint(Random r) {
    while (true) {
      int cp = r.nextBoolean() ? r.nextInt(0x3000) : r.nextInt(Character.MAX_CODE_POINT + 1);
      if (cp < Character.MIN_SURROGATE || cp > Character.MAX_SURROGATE) {
        return cp;
      }
    }
  }

  /** Cuts to {@code target} chars without splitting a surrogate pair. */
  private static String trim(StringBuilder sb, int target) {
    int end = Math.min(target, sb.length());
    if (end > 0 && end < sb.length() && Character.isHighSurrogate(sb.charAt(end - 1))) {
      end--;
    }
    return sb.substring(0, end);
  }

  private static byte[] randomBytes(Random r, int n) {
    byte[] b = new byte[n];
    r.nextBytes(b);
    return b;
  }

  private static byte[] splice(byte[] b, int at, int remove, byte[] insert) {
    byte[] out = new byte[b.length - remove + insert.length];
    System.arraycopy(b, 0, out, 0, at);
    System.arraycopy(insert, 0, out, at, insert.length);
    System.arraycopy(b, at + remove, out, at + insert.length, b.length - at - remove);
    return out;
  }
}
