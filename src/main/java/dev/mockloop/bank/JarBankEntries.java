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
 * records them), in {@link BankFiles#yamlFiles} order. The central directory is read in one piece
 * and only the names under {@code bank/} are decoded: {@link ZipFile#stream()} would make an entry
 * object for every one of the jar's 6,400 entries, most of them classes. A jar this scan does not
 * read (zip64, a damaged directory) is read through {@link ZipFile}, as before.
 */
final class JarBankEntries {
  private static final int END_SIG = 0x06054b50;
  private static final int CEN_SIG = 0x02014b50;
  private static final int END_LEN = 22;
  private static final int CEN_LEN = 46;
  private static final byte[] PREFIX = "bank/".getBytes(StandardCharsets.US_ASCII);

  private JarBankEntries() {}

  /** The stamps of {@code jar}'s bank files. */
  static List<BankSnapshot.Stamp> stamps(File jar) throws IOException {
    List<BankSnapshot.Stamp> scanned = scan(jar);
    return scanned != null ? scanned : throughZipFile(jar);
  }

  /** What {@link ZipFile} lists: the slow way, and what {@link #scan} must agree with. */
  static List<BankSnapshot.Stamp> throughZipFile(File jar) throws IOException {
    List<BankSnapshot.Stamp> out = new ArrayList<>();
    try (ZipFile zip = new ZipFile(jar)) {
      zip.stream()
          .filter(e -> !e.isDirectory())
          .forEach(e -> add(out, e.getName(), e.getSize(), e.getCrc()));
    }
    return sorted(out);
  }

  /** The central directory read by hand; null when it is not one this reads (then use ZipFile). */
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
      for (int n = 0; n < entries; n++) {
        if (pos + CEN_LEN > cen.length || int32(cen, pos) != CEN_SIG) {
          return null;
        }
        long crc = int32(cen, pos + 16) & 0xFFFFFFFFL;
        long size = int32(cen, pos + 24) & 0xFFFFFFFFL;
        int nameLen = uint16(cen, pos + 28);
        int next = pos + CEN_LEN + nameLen + uint16(cen, pos + 30) + uint16(cen, pos + 32);
        if (next > cen.length) {
          return null;
        }
        int name = pos + CEN_LEN;
        if (nameLen > PREFIX.length
            && startsWithPrefix(cen, name)
            && cen[name + nameLen - 1] != '/') {
          if (size == 0xFFFFFFFFL) {
            return null; // its size is in a zip64 field
          }
          add(out, new String(cen, name, nameLen, StandardCharsets.UTF_8), size, crc);
        }
        pos = next;
      }
      return pos == cen.length ? sorted(out) : null;
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
