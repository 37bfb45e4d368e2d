package dev.mockloop.bank;

import java.io.File;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipFile;

/**
 * The stamps of a jar's {@code bank/} files (name, size and CRC-32, as the zip's central directory
 * records them), in no particular order (the caller compares them as a set, {@link
 * BundledSnapshot}). The central directory is read in one piece and only the names under {@code
 * bank/} are decoded: {@link ZipFile#stream()} would make an entry object for every one of the
 * jar's 6,400 entries, most of them classes; the loop reads each entry inline and makes no {@link
 * Path} (sorting the stamps by {@code Path}, as this did, cost more than the scan before anything
 * is compiled). A jar this scan does not read (zip64, a damaged directory) is read through {@link
 * ZipFile}, as before.
 */
final class JarBankEntries {
  private static final int END_SIG = 0x06054b50;
  private static final int END_LEN = 22;
  private static final int CEN_LEN = 46;
  private static final byte[] PREFIX = "bank/".getBytes(StandardCharsets.US_ASCII);

  private JarBankEntries() {}

  /** The stamps of {@code jar}'s bank files. */
  static List<BankSnapshot.Stamp> stamps(File jar) throws IOException {
    List<BankSnapshot.Stamp> scanned = scan(jar);
    return scanned != null ? scanned : throughZipFile(jar);
  }

  /**
   * What {@link ZipFile} lists, in {@link BankFiles#yamlFiles} order: the slow way, and what {@link
   * #scan} must agree with.
   */
  static List<BankSnapshot.Stamp> throughZipFile(File jar) throws IOException {
    List<BankSnapshot.Stamp> out = new ArrayList<>();
    try (ZipFile zip = new ZipFile(jar)) {
      zip.stream()
          .filter(e -> !e.isDirectory())
          .forEach(e -> add(out, e.getName(), e.getSize(), e.getCrc()));
    }
    return sorted(out);
  }

  /**
   * The central directory read by hand, in its order; null when it is not one this reads (then use
   * ZipFile).
   */
  static List<BankSnapshot.Stamp> scan(File jar) throws IOException {
    try (RandomAccessFile file = new RandomAccessFile(jar, "r")) {
      long length = file.length();
      int tailLen = (int) Math.min(length, END_LEN + 0xFFFF);
      byte[] tail = new byte[tailLen];
      file.seek(length - tailLen);
      file.readFully(tail);
      int end = -1;
      for (int i = tailLen - END_LEN; i >= 0; i--) {
        if (int32(tail, i) == END_SIG && i + END_LEN + uint16(tail, i + 20) == tailLen) {
          end = i;
          break;
        }
      }
      if (end < 0) {
        return null;
      }
      int entries = uint16(tail, end + 10);
      long cenSize = int32(tail, end + 12) & 0xFFFFFFFFL;
      long cenOffset = int32(tail, end + 16) & 0xFFFFFFFFL;
      long endPos = length - tailLen + end;
      if (entries == 0xFFFF || cenSize == 0xFFFFFFFFL || cenOffset == 0xFFFFFFFFL) {
        return null; // zip64
      }
      if (cenSize > endPos || cenSize > Integer.MAX_VALUE) {
        return null;
      }
      byte[] cen = new byte[(int) cenSize];
      file.seek(
          endPos - cenSize); // as ZipFile does: the directory ends where the end record starts
      file.readFully(cen);
      List<BankSnapshot.Stamp> out = new ArrayList<>();
      int pos = 0;
      int len = cen.length;
      // every entry is read inline, with no call and nothing decoded unless its name starts with
      // "bank/": this loop runs for each of the jar's 6,400 entries before anything is compiled
      for (int n = 0; n < entries; n++) {
        if (pos + CEN_LEN > len
            || cen[pos] != 'P'
            || cen[pos + 1] != 'K'
            || cen[pos + 2] != 1
            || cen[pos + 3] != 2) {
          return null;
        }
        int nameLen = (cen[pos + 28] & 0xFF) | (cen[pos + 29] & 0xFF) << 8;
        int name = pos + CEN_LEN;
        int next =
            name
                + nameLen
                + ((cen[pos + 30] & 0xFF) | (cen[pos + 31] & 0xFF) << 8)
                + ((cen[pos + 32] & 0xFF) | (cen[pos + 33] & 0xFF) << 8);
        if (next > len) {
          return null;
        }
        if (nameLen > PREFIX.length
            && cen[name] == 'b'
            && startsWithPrefix(cen, name)
            && cen[name + nameLen - 1] != '/') {
          long crc = int32(cen, pos + 16) & 0xFFFFFFFFL;
          long size = int32(cen, pos + 24) & 0xFFFFFFFFL;
          if (size == 0xFFFFFFFFL) {
            return null; // its size is in a zip64 field
          }
          String path = new String(cen, name + 5, nameLen - 5, StandardCharsets.UTF_8);
          if (isBankFile(path)) {
            out.add(new BankSnapshot.Stamp(path, size, 0, Long.toHexString(crc)));
          }
        }
        pos = next;
      }
      return pos == cen.length ? out : null;
    }
  }

  private static void add(List<BankSnapshot.Stamp> out, String name, long size, long crc) {
    if (name.startsWith("bank/") && BankFiles.isBankFile(Path.of(name.substring(5)))) {
      out.add(new BankSnapshot.Stamp(name.substring(5), size, 0, Long.toHexString(crc)));
    }
  }

  private static List<BankSnapshot.Stamp> sorted(List<BankSnapshot.Stamp> stamps) {
    stamps.sort((a, b) -> Path.of(a.path()).compareTo(Path.of(b.path())));
    return stamps;
  }

  /**
   * {@link BankFiles#isBankFile} for a zip entry's name under {@code bank/} (no trailing '/'), on
   * the string: a YAML name with no part hidden, without making a {@link Path} per entry.
   */
  static boolean isBankFile(String rel) {
    int start = 0;
    boolean named = false;
    for (int i = 0; i <= rel.length(); i++) {
      if (i == rel.length() || rel.charAt(i) == '/') {
        if (i > start) {
          if (rel.charAt(start) == '.') {
            return false;
          }
          named = true;
        }
        start = i + 1;
      }
    }
    int n = rel.length();
    return named
        && rel.charAt(n - 1) != '/'
        && (rel.regionMatches(true, n - 5, ".yaml", 0, 5)
            || rel.regionMatches(true, n - 4, ".yml", 0, 4));
  }

  private static boolean startsWithPrefix(byte[] b, int at) {
    for (int i = 0; i < PREFIX.length; i++) {
      if (b[at + i] != PREFIX[i]) {
        return false;
      }
    }
    return true;
  }

  private static int uint16(byte[] b, int at) {
    return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8;
  }

  private static int int32(byte[] b, int at) {
    return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8 | (b[at + 2] & 0xFF) << 16 | b[at + 3] << 24;
  }
}
