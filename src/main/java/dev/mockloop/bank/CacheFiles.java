package dev.mockloop.bank;

import dev.mockloop.io.SafeFiles;
import dev.mockloop.io.UserCache;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Where {@link BankCache} keeps a bank's cache, and how it writes one. */
final class CacheFiles {
  private CacheFiles() {}

  /** Where the cache may be: beside the folder, then the user's cache folder. */
  static List<Path> places(Path dir, Map<String, String> env) {
    Path elsewhere = fallback(dir, env);
    return elsewhere == null
        ? List.of(dir.resolve(BankCache.FILE))
        : List.of(dir.resolve(BankCache.FILE), elsewhere);
  }

  /** The stamps with each file's SHA-256; null when a file cannot be read (the loader says why). */
  static List<BankSnapshot.Stamp> hashed(Path dir, List<BankSnapshot.Stamp> stamps) {
    List<BankSnapshot.Stamp> hashed = new ArrayList<>(stamps.size());
    try {
      for (BankSnapshot.Stamp s : stamps) {
        hashed.add(new BankSnapshot.Stamp(s.path(), s.size(), s.modified(), sha256(dir, s)));
      }
    } catch (IOException | UncheckedIOException e) {
      return null;
    }
    return hashed;
  }

  static String sha256(Path dir, BankSnapshot.Stamp s) throws IOException {
    return BankLoader.sha256(SafeFiles.read(dir.resolve(s.path()), BankLoader.MAX_FILE_BYTES + 1));
  }

  /**
   * Writes the cache of {@code dir} (the load {@code result}, made from files stamped as {@code
   * hashed}, begun at {@code started}) beside it, else in the user's cache; one that cannot be
   * written is skipped without a word (the next start loads the YAML again).
   */
  static void write(
      Path dir,
      Map<String, String> env,
      long started,
      List<BankSnapshot.Stamp> hashed,
      LoadResult result) {
    try {
      byte[] bytes =
          BankSnapshot.encode(
              new BankSnapshot.Header(BankSnapshot.schema(), dir.toString(), started, hashed),
              result);
      Path elsewhere = fallback(dir, env);
      if (!tryWrite(dir.resolve(BankCache.FILE), bytes) && elsewhere != null) {
        Files.createDirectories(elsewhere.getParent());
        tryWrite(elsewhere, bytes);
      }
    } catch (IOException | UncheckedIOException | SecurityException e) {
      // no cache this time
    }
  }

  /**
   * Rewrites the cache {@code file} with {@code written} as the time it was made, the same files,
   * listing and body, once its racy files (modified too near its making for their time to tell a
   * later edit apart, so hashed at every start) have been hashed at {@code written} and found as
   * stamped, and are old enough that the new time no longer makes them racy. Without it a bank
   * written by a script and listed at once had all its files hashed at every start (2,002 files:
   * 450 ms instead of 190). Skipped without a word when the cache changed meanwhile or cannot be
   * written (the next start hashes them again).
   */
  static void restamp(Path file, BankSnapshot.Header was, long written) {
    try {
      byte[] bytes = SafeFiles.read(file, BankCache.MAX_BYTES);
      BankSnapshot.Snapshot snap = BankSnapshot.decode(bytes, false); // head and body checked
      int body = BankSnapshot.headBytes(bytes);
      if (snap == null || body < 0 || !snap.header().equals(was)) {
        return;
      }
      CodecOut out = new CodecOut();
      HeadCodec.write(
          out,
          new BankSnapshot.Header(was.schema(), was.source(), written, was.stamps()),
          snap.listing());
      byte[] head = out.toByteArray();
      byte[] magic = BankSnapshot.MAGIC;
      ByteBuffer all = ByteBuffer.allocate(magic.length + 8 + head.length + bytes.length - body);
      all.put(magic).putInt(head.length).putInt(BankSnapshot.crc(head, 0, head.length)).put(head);
      tryWrite(file, all.put(bytes, body, bytes.length - body).array());
    } catch (IOException | UncheckedIOException | SecurityException e) {
      // the next start hashes them again
    }
  }

  private static boolean tryWrite(Path file, byte[] bytes) {
    try {
      BankFiles.writeAtomically(file, bytes);
      return true;
    } catch (IOException | UncheckedIOException | SecurityException e) {
      return false;
    }
  }

  /** The cache's place when the folder itself cannot hold it; null without a home folder. */
  private static Path fallback(Path dir, Map<String, String> env) {
    Path base = UserCache.base(env);
    if (base == null) {
      return null;
    }
    String key = dir.toAbsolutePath().normalize().toString();
    return base.resolve("bank-" + Integer.toHexString(key.hashCode()));
  }
}
