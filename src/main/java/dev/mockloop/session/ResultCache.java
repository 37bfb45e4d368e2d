package dev.mockloop.session;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.mockloop.io.SafeFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;

/**
 * Text worked out from the session index (a command's whole output), kept in the index's folder so
 * that running the same command again on an unchanged folder prints it without reading the index.
 * An entry holds the stamp of the index it was made from ({@link SessionIndex#settledStamp}), the
 * caller's key (every other input of the text: options, width, zone, program, bank) and a CRC-32C
 * of the key, the text and a mark of whether the text is all ASCII. It is used only when all three
 * match, and the stamp is asked afresh on every use: once anything in the sessions folder is
 * created, deleted or replaced, the index no longer counts as settled and nothing cached is used
 * until a new index is written. A damaged, foreign or older entry is a miss, rewritten by the run
 * that misses. Entries are written without forcing to disk (they are checked when read) and never
 * make a run fail.
 */
public final class ResultCache {
  /** 2: a mark of the text's encoding leads the checked part. */
  private static final String MAGIC = "mockloop-result\t2\t";

  /** The text is ASCII (read back with a plain copy) or UTF-8. */
  private static final byte ASCII = 'a';

  private static final byte UTF8 = 'u';

  /** UTF-8 with no terminal control in it (a table whose foreign text was made safe). */
  private static final byte CLEAN = 'c';

  private static final String PREFIX = "result-";
  private static final int MAX_BYTES = 256 << 20;

  private ResultCache() {}

  /** The text cached under {@code key} for the sessions folder {@code dir}, or null. */
  public static String get(Path dir, String key) {
    byte[] b = bytes(dir, key);
    // ASCII text as Latin-1: the same string, made by a copy rather than a decoding loop that the
    // interpreter runs over the whole list (1.9 MB for 10,000 sessions) before it is compiled
    return b == null
        ? null
        : new String(b, 1, b.length - 1, b[0] == ASCII ? StandardCharsets.ISO_8859_1 : UTF_8);
  }

  /**
   * The text cached under {@code key}, as UTF-8 after one byte that is {@code 'a'} when the text is
   * all ASCII, {@code 'c'} when kept by {@link #putClean}; null when none is kept for the folder as
   * it is.
   */
  public static byte[] bytes(Path dir, String key) {
    String stamp = SessionIndex.settledStamp(dir);
    if (stamp == null) {
      return null;
    }
    byte[] b;
    try {
      b = SafeFiles.read(file(dir, key), MAX_BYTES);
    } catch (IOException e) {
      return null;
    }
    byte[] head = (MAGIC + stamp + "\t").getBytes(StandardCharsets.ISO_8859_1);
    int crcAt = head.length;
    int markAt = crcAt + 9;
    int keyAt = markAt + 1;
    if (b.length < keyAt || !Arrays.equals(b, 0, head.length, head, 0, head.length)) {
      return null;
    }
    byte[] k = key.getBytes(StandardCharsets.UTF_8);
    int textAt = keyAt + k.length + 1;
    if (b.length < textAt
        || b[markAt - 1] != '\n'
        || (b[markAt] != ASCII && b[markAt] != UTF8 && b[markAt] != CLEAN)
        || b[textAt - 1] != '\n'
        || !Arrays.equals(b, keyAt, keyAt + k.length, k, 0, k.length)
        || !new String(b, crcAt, 8, StandardCharsets.ISO_8859_1)
            .equals(IndexStamp.crc(b, markAt))) {
      return null;
    }
    byte[] out = Arrays.copyOfRange(b, textAt - 1, b.length);
    out[0] = b[markAt];
    return out;
  }

  /**
   * Keeps {@code text} under {@code key}, made from the index with {@code stamp} (as {@link
   * SessionIndex#load(SessionStore, boolean)} gave it; null: nothing is kept). Entries made from
   * older indexes are removed. A folder that cannot be written just goes without.
   */
  public static void put(Path dir, String key, String stamp, String text) {
    byte[] t = text.getBytes(UTF_8);
    put(dir, key, stamp, t, t.length == text.length() ? ASCII : UTF8); // one byte a char: ASCII
  }

  /**
   * As above, for the text as UTF-8 {@code t} that holds no terminal control (its maker vouches for
   * it: {@link #bytes} marks it {@code 'c'}, and it is printed as it is).
   */
  public static void putClean(Path dir, String key, String stamp, byte[] t) {
    put(dir, key, stamp, t, CLEAN);
  }

  private static void put(Path dir, String key, String stamp, byte[] t, byte mark) {
    if (stamp == null || key.indexOf('\n') >= 0) {
      return;
    }
    byte[] k = key.getBytes(StandardCharsets.UTF_8);
    byte[] body = new byte[1 + k.length + 1 + t.length];
    body[0] = mark;
    System.arraycopy(k, 0, body, 1, k.length);
    body[1 + k.length] = '\n';
    System.arraycopy(t, 0, body, k.length + 2, t.length);
    byte[] head =
        (MAGIC + stamp + "\t" + IndexStamp.crc(body, 0) + "\n")
            .getBytes(StandardCharsets.ISO_8859_1);
    byte[] all = Arrays.copyOf(head, head.length + body.length);
    System.arraycopy(body, 0, all, head.length, body.length);
    Path file = file(dir, key);
    try {
      AtomicFiles.write(file, all, false);
      sweep(file);
    } catch (IOException | RuntimeException notWritable) {
      // a cache: the next run works the text out again
    }
  }

  /** Removes the entries older than the index, which were made from an earlier one. */
  private static void sweep(Path kept) throws IOException {
    Path folder = kept.getParent();
    FileTime index = Files.getLastModifiedTime(folder.resolve("index"));
    // no glob: it is compiled to a regular expression, set up for this one listing
    try (DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
      for (Path p : files) {
        if (p.getFileName().toString().startsWith(PREFIX)
            && !p.equals(kept)
            && Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)
            && Files.getLastModifiedTime(p, LinkOption.NOFOLLOW_LINKS).compareTo(index) < 0) {
          Files.deleteIfExists(p);
        }
      }
    }
  }

  private static Path file(Path dir, String key) {
    String name = PREFIX + Integer.toHexString(key.hashCode());
    return dir.resolve(SessionIndex.FILE).resolveSibling(name);
  }
}
