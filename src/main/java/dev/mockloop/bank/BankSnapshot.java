package dev.mockloop.bank;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32C;

/**
 * A validated bank stored so that it loads without YAML parsing: the bundled bank's snapshot made
 * at build time, and the cache beside a user bank. It holds the {@link LoadResult} (warnings and
 * errors included) and a {@link Stamp} per file it was made from. Reading checks, in order, the
 * magic, a CRC-32C of every byte after it, and the record schema of this build; a snapshot that
 * fails any check reads as null and the caller loads the YAML instead. Whether the stamps still
 * match the files is the caller's check ({@link BundledSnapshot}, {@link BankCache}).
 *
 * <p>Layout: {@code MAGIC}, the CRC-32C (4 bytes, big-endian), then in {@link RecordCodec} form a
 * {@link Header}, the {@link Listing} (all that lists need, so they stop reading there) and the
 * {@link LoadResult}.
 */
public final class BankSnapshot {
  /** 2: the loader joins the hand-made line breaks of bank text ({@link Prose}). */
  private static final byte[] MAGIC = "mockloop-bank-2\n".getBytes(StandardCharsets.US_ASCII);

  private static final RecordCodec HEADER = new RecordCodec(Header.class);
  private static final RecordCodec LISTING = new RecordCodec(Listing.class);
  private static final RecordCodec RESULT = new RecordCodec(LoadResult.class);

  /** The shape of every stored record: a snapshot of another shape is not read. */
  static final String SCHEMA = HEADER.schema() + "\n" + LISTING.schema() + "\n" + RESULT.schema();

  /**
   * One file a snapshot was made from.
   *
   * @param path relative to the bank root, '/'-separated
   * @param size in bytes
   * @param modified modification time in microseconds (0 inside a jar)
   * @param hash CRC-32 in the bundled snapshot (as a jar stores it), SHA-256 in a user-bank cache
   */
  public record Stamp(String path, long size, long modified, String hash) {}

  /**
   * What a snapshot was made from.
   *
   * @param schema {@link #SCHEMA} of the build that wrote it
   * @param source the bank as named in its messages (a folder as given, or "bundled")
   * @param written when loading began (epoch milliseconds): a file modified after it is racy
   * @param stamps every file, in {@link BankFiles#yamlFiles} order
   */
  record Header(String schema, String source, long written, List<Stamp> stamps) {}

  /** A snapshot read back; {@code result} is null when only the listing was asked for. */
  record Snapshot(Header header, Listing listing, LoadResult result) {}

  private BankSnapshot() {}

  static byte[] encode(Header header, LoadResult result) {
    CodecOut out = new CodecOut();
    HEADER.write(out, header);
    LISTING.write(out, Listing.of(result));
    RESULT.write(out, result);
    byte[] body = out.toByteArray();
    CRC32C crc = new CRC32C();
    crc.update(body);
    return ByteBuffer.allocate(MAGIC.length + 4 + body.length)
        .put(MAGIC)
        .putInt((int) crc.getValue())
        .put(body)
        .array();
  }

  /**
   * The snapshot in {@code bytes}, or null when it is damaged or from another schema; with {@code
   * full} false, the bank itself is not decoded.
   */
  static Snapshot decode(byte[] bytes, boolean full) {
    int start = MAGIC.length + 4;
    if (bytes == null
        || bytes.length < start
        || !Arrays.equals(bytes, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
      return null;
    }
    CRC32C crc = new CRC32C();
    crc.update(bytes, start, bytes.length - start);
    if ((int) crc.getValue() != ByteBuffer.wrap(bytes, MAGIC.length, 4).getInt()) {
      return null;
    }
    try {
      CodecIn in = new CodecIn(bytes, start, bytes.length);
      Header header = (Header) HEADER.read(in);
      if (header == null || !SCHEMA.equals(header.schema())) {
        return null;
      }
      Listing listing = (Listing) LISTING.read(in);
      if (listing == null || !full) {
        return listing == null ? null : new Snapshot(header, listing, null);
      }
      LoadResult result = (LoadResult) RESULT.read(in);
      return result != null && in.atEnd() ? new Snapshot(header, listing, result) : null;
    } catch (CodecIn.Corrupt | ClassCastException e) {
      return null;
    }
  }

  /** Writes {@code bytes} to {@code file} through a temporary file, so no reader sees half. */
  static void writeAtomically(Path file, byte[] bytes) throws IOException {
    Path tmp =
        file.resolveSibling(file.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
    try {
      Files.write(tmp, bytes);
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }
}
