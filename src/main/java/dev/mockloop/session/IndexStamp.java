package dev.mockloop.session;

import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;

/**
 * An index's stamp: the CRC-32C and CRC-32 of its lines, written on its header line ({@link
 * IndexCodec}). It tells a damaged index, and it names the index's content for what is cached from
 * it ({@link ResultCache}) without reading the rest of the file.
 */
final class IndexStamp {
  private IndexStamp() {}

  /**
   * The stamp on the header line of an index starting with {@code head} (its first bytes at least),
   * or null when that is not a header of this version.
   */
  static String of(byte[] head) {
    if (head.length < IndexCodec.HEADER_BYTES || head[IndexCodec.HEADER_BYTES - 1] != '\n') {
      return null;
    }
    for (int i = 0; i < IndexCodec.HEADER.length(); i++) {
      if (head[i] != IndexCodec.HEADER.charAt(i)) {
        return null;
      }
    }
    return new String(head, IndexCodec.HEADER.length(), 16, StandardCharsets.ISO_8859_1);
  }

  /**
   * The stamp of {@code bytes} from {@code from}: their CRC-32C and CRC-32, sixteen hex digits (64
   * bits, so that two states of a folder are not mistaken for each other by chance).
   */
  static String of(byte[] bytes, int from) {
    CRC32 crc32 = new CRC32();
    crc32.update(bytes, from, bytes.length - from);
    return crc(bytes, from) + hex(crc32.getValue());
  }

  /** The CRC-32C of {@code bytes} from {@code from}, as eight hex digits. */
  static String crc(byte[] bytes, int from) {
    CRC32C crc = new CRC32C();
    crc.update(bytes, from, bytes.length - from);
    return hex(crc.getValue());
  }

  private static String hex(long value) {
    String hex = Long.toHexString(value);
    return "0".repeat(8 - hex.length()) + hex;
  }
}
