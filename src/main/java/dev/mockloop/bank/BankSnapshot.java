package dev.mockloop.bank;

import dev.mockloop.io.SafeFiles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.zip.CRC32C;

/**
 * A validated bank stored so that it loads without YAML parsing: the bundled bank's snapshot made
 * at build time, and the cache beside a user bank. It holds the {@link LoadResult} (warnings and
 * errors included) and a {@link Stamp} per file it was made from. Reading checks, in order, the
 * magic, a CRC-32C of the part read, and the record schema of this build; a snapshot that fails any
 * check reads as null and the caller loads the YAML instead. Whether the stamps still match the
 * files is the caller's check ({@link BundledSnapshot}, {@link BankCache}).
 *
 * <p>Layout: {@code MAGIC}; the head's length and CRC-32C (4 bytes each, big-endian); the head, a
 * {@link Header} and the {@link Listing} written field by field by {@link HeadCodec} (all that
 * lists need, so they read no further, {@link #readHead}); the body's CRC-32C; the body ({@link
 * SnapshotBody}: the bank without its scenarios, then a section per scenario, so that a round
 * decodes only the scenario it asks, {@link ScenarioSections}). A full read checks both CRCs before
 * anything is decoded.
 */
public final class BankSnapshot {
  /** 4: the head written field by field ({@link HeadCodec}). */
  static final byte[] MAGIC = "mockloop-bank-4\n".getBytes(StandardCharsets.US_ASCII);

  /** Largest head read (a 2,000-scenario bank's listing is well under a megabyte). */
  private static final int MAX_HEAD = 64 << 20;

  /** The shape of the head's records, with which every {@link #schema()} begins. */
  private static final String HEAD_SCHEMA = HeadCodec.SHAPE + "\n";

  /** The shape of every stored record: a snapshot of another shape is not read. */
  static String schema() {
    return HEAD_SCHEMA + SnapshotBody.SCHEMA;
  }

  /**
   * One file a snapshot was made from. Equality is written out (as the record's would be) so that
   * comparing stamps at start-up does not bootstrap the record's generated methods.
   *
   * @param path relative to the bank root, '/'-separated
   * @param size in bytes
   * @param modified modification time in microseconds (0 inside a jar)
   * @param hash CRC-32 in the bundled snapshot (as a jar stores it), SHA-256 in a user-bank cache
   */
  public record Stamp(String path, long size, long modified, String hash) {
    @Override
    public boolean equals(Object o) {
      return o instanceof Stamp s
          && size == s.size
          && modified == s.modified
          && Objects.equals(path, s.path)
          && Objects.equals(hash, s.hash);
    }

    @Override
    public int hashCode() {
      return Objects.hash(path, size, modified, hash);
    }
  }

  /**
   * What a snapshot was made from.
   *
   * @param schema {@link #schema()} of the build that wrote it
   * @param source the bank as named in its messages (a folder as given, or "bundled")
   * @param written when loading began (epoch milliseconds): a file modified after it is racy
   * @param stamps every file, sorted by path ({@link BankFiles#yamlFiles} order for ASCII names)
   */
  record Header(String schema, String source, long written, List<Stamp> stamps) {}

  /** A snapshot read back; {@code result} is null when only the listing was asked for. */
  record Snapshot(Header header, Listing listing, LoadResult result) {}

  private BankSnapshot() {}

  static byte[] encode(Header header, LoadResult result) {
    CodecOut head = new CodecOut();
    HeadCodec.write(head, header, Listing.of(result));
    byte[] h = head.toByteArray();
    byte[] b = SnapshotBody.encode(result);
    return ByteBuffer.allocate(MAGIC.length + 12 + h.length + b.length)
        .put(MAGIC)
        .putInt(h.length)
        .putInt(crc(h, 0, h.length))
        .put(h)
        .putInt(crc(b, 0, b.length))
        .put(b)
        .array();
  }

  /** The number of bytes from the start that hold the head (enough for a listing read). */
  static int headBytes(byte[] start) {
    if (start == null
        || start.length < MAGIC.length + 4
        || !Arrays.equals(start, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
      return -1;
    }
    long len = ByteBuffer.wrap(start, MAGIC.length, 4).getInt() & 0xFFFFFFFFL;
    return len > MAX_HEAD ? -1 : MAGIC.length + 8 + (int) len;
  }

  /**
   * The head of the snapshot {@code in} holds (all a listing read needs), reading no further: the
   * rest need not even be inflated. What it returns for a stream that is no snapshot decodes as
   * null.
   */
  static byte[] readHead(InputStream in) throws IOException {
    byte[] prefix = in.readNBytes(MAGIC.length + 4);
    int n = headBytes(prefix);
    if (n < 0) {
      return prefix;
    }
    byte[] head = Arrays.copyOf(prefix, n);
    int got = SafeFiles.readFully(in, head, prefix.length, n - prefix.length);
    return got == n - prefix.length ? head : prefix;
  }

  /**
   * The snapshot in {@code bytes}, or null when it is damaged or from another schema. With {@code
   * full} false only the head is decoded, and the body is checked only when {@code bytes} go past
   * the head ({@link #readHead} stops there; a cache read whole is checked whole, so that a damaged
   * one is rebuilt); with {@code full} true both are checked, and the scenarios are decoded when
   * first asked for.
   */
  static Snapshot decode(byte[] bytes, boolean full) {
    return read(bytes, full, null);
  }

  /**
   * The whole snapshot in {@code bytes}, as above; a scenario whose stored values its record
   * refuses when it is decoded (checked then, not here) is taken from {@code yaml}, the bank loaded
   * again.
   */
  static Snapshot decode(byte[] bytes, Supplier<Bank> yaml) {
    return read(bytes, true, yaml);
  }

  private static Snapshot read(byte[] bytes, boolean full, Supplier<Bank> yaml) {
    int headEnd = headBytes(bytes);
    if (headEnd < 0 || bytes.length < headEnd) {
      return null;
    }
    int headStart = MAGIC.length + 8;
    if (crc(bytes, headStart, headEnd - headStart)
        != ByteBuffer.wrap(bytes, MAGIC.length + 4, 4).getInt()) {
      return null;
    }
    try {
      CodecIn in = new CodecIn(bytes, headStart, headEnd);
      Header header = HeadCodec.header(in);
      boolean headOnly = bytes.length == headEnd;
      String shape = header == null || header.schema() == null ? "" : header.schema();
      if (!shape.startsWith(HEAD_SCHEMA)) {
        return null;
      }
      Listing listing = HeadCodec.listing(in);
      // a head read alone needs only the head's shape to match; the body's when it is read
      if (listing == null || !in.atEnd() || (!(headOnly && !full) && !shape.equals(schema()))) {
        return null;
      }
      if (!full && headOnly) {
        return new Snapshot(header, listing, null);
      }
      int start = headEnd + 4;
      if (bytes.length < start
          || crc(bytes, start, bytes.length - start)
              != ByteBuffer.wrap(bytes, headEnd, 4).getInt()) {
        return null;
      }
      if (!full) {
        return new Snapshot(header, listing, null);
      }
      LoadResult result = SnapshotBody.decode(bytes, start, listing, yaml);
      return result == null ? null : new Snapshot(header, listing, result);
    } catch (CodecIn.Corrupt
        | ClassCastException
        | IllegalArgumentException
        | NullPointerException e) { // a record that refuses what was read is damage too
      return null;
    }
  }

  static int crc(byte[] bytes, int from, int length) {
    CRC32C crc = new CRC32C();
    crc.update(bytes, from, length);
    return (int) crc.getValue();
  }
}
