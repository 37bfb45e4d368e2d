package dev.mockloop.bank;

import dev.mockloop.io.SafeFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A user bank (a folder of YAML) loaded through a cache file beside it, {@value #FILE}, holding the
 * validated bank and a stamp (path, size, modification time, SHA-256) per file. The cache is used
 * only when it decodes cleanly ({@link BankSnapshot}) and every file's path, size and time are as
 * stamped (the files are stamped by {@link StampWalk}, on a second thread while the cache is read);
 * a file modified within {@value #RACY_MS} ms of the cache's making (when its time cannot tell a
 * later edit apart) is also hashed. A listing reads the cache's head alone (its own CRC); the body
 * is read and checked when a round needs it. Anything else loads the YAML and rewrites the cache
 * (one that cannot be written is skipped without a word; for a read-only folder it goes under
 * {@code $XDG_CACHE_HOME/mockloop} or ~/.cache/mockloop).
 */
public final class BankCache {
  static final String FILE = ".mockloop-cache";
  static final long RACY_MS = 2_000;

  /** Largest cache read (a 2,000-scenario bank's is about 2 MB). */
  static final int MAX_BYTES = 256 << 20;

  /** A load and the stamps of the files it read, to tell later whether they changed. */
  public record Loaded(LoadResult result, List<BankSnapshot.Stamp> stamps) {}

  private BankCache() {}

  /**
   * What lists show of the bank in {@code dir}: the cache's listing when the cache is current, else
   * the YAML's (the cache rewritten, with the stamps this walk made).
   */
  public static Listing listing(Path dir, Map<String, String> env) {
    StampWalk walk;
    try {
      walk = Files.isDirectory(dir) ? StampWalk.start(dir) : null; // walked while the cache is read
    } catch (IOException | UncheckedIOException e) {
      walk = null;
    }
    if (walk == null) {
      return Listing.of(load(dir, env).result()); // the loader reports what is wrong
    }
    for (Path file : CacheFiles.places(dir, env)) {
      BankSnapshot.Snapshot snap = read(file, dir.toString(), walk, dir, null);
      if (snap != null) {
        return snap.listing();
      }
    }
    return Listing.of(fresh(dir, env, walk).result());
  }

  /** Loads {@code dir}, from its cache when that is current. */
  public static Loaded load(Path dir, Map<String, String> env) {
    if (!Files.isDirectory(dir)) {
      return new Loaded(BankLoader.load(dir), List.of());
    }
    StampWalk walk;
    try {
      walk = StampWalk.start(dir); // walked while the cache is read
    } catch (IOException | UncheckedIOException e) {
      return new Loaded(BankLoader.load(dir), List.of()); // the loader reports what is wrong
    }
    String source = dir.toString();
    // a scenario the cache cannot give back after all (its values refused) comes from the YAML,
    // which also rewrites the cache
    Supplier<Bank> yaml = new Reload(dir, env, walk);
    for (Path file : CacheFiles.places(dir, env)) {
      BankSnapshot.Snapshot cached = read(file, source, walk, dir, yaml);
      if (cached != null) {
        return new Loaded(cached.result(), walk.stamps());
      }
    }
    return fresh(dir, env, walk);
  }

  /** Loads the YAML of {@code dir} and writes the cache beside it (or in the user's cache). */
  private static Loaded fresh(Path dir, Map<String, String> env, StampWalk walk) {
    List<BankSnapshot.Stamp> now;
    try {
      now = walk.join();
    } catch (IOException | UncheckedIOException e) {
      return new Loaded(BankLoader.load(dir), List.of()); // the loader reports what is wrong
    }
    long started = System.currentTimeMillis();
    // hashed before the load: an edit made while it runs then fails the hash check next time
    List<BankSnapshot.Stamp> hashed = CacheFiles.hashed(dir, now);
    LoadResult fresh = BankLoader.load(dir);
    if (hashed != null) {
      CacheFiles.write(dir, env, started, hashed, fresh);
    }
    return new Loaded(fresh, now);
  }

  /**
   * Path, size and modification time of every bank file in {@code dir} (the hash is left empty: it
   * is computed only when needed), sorted by path.
   */
  public static List<BankSnapshot.Stamp> stamps(Path dir) throws IOException {
    return StampWalk.start(dir).join();
  }

  /** The cache in {@code file} when current; its listing only unless {@code yaml} is given. */
  private static BankSnapshot.Snapshot read(
      Path file, String source, StampWalk walk, Path dir, Supplier<Bank> yaml) {
    try {
      if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
        return null; // absent, a link, a FIFO: never opened
      }
      // a listing reads the head alone (its own CRC); the body is read and checked for a round
      byte[] bytes = yaml == null ? BankFiles.snapshotHead(file) : SafeFiles.read(file, MAX_BYTES);
      BankSnapshot.Snapshot snap =
          yaml == null ? BankSnapshot.decode(bytes, false) : BankSnapshot.decode(bytes, yaml);
      if (snap == null || !snap.header().source().equals(source)) {
        return null;
      }
      List<BankSnapshot.Stamp> was = snap.header().stamps();
      List<BankSnapshot.Stamp> now = walk.join(); // failed: not current; the YAML says why
      if (was.size() != now.size()) {
        return null;
      }
      long checkedAt = System.currentTimeMillis();
      long racyFrom = (snap.header().written() - RACY_MS) * 1000;
      long newestRacy = Long.MIN_VALUE;
      for (int i = 0; i < was.size(); i++) {
        BankSnapshot.Stamp w = was.get(i);
        BankSnapshot.Stamp n = now.get(i);
        if (!w.path().equals(n.path())
            || w.size() != n.size()
            || w.modified() != n.modified()
            || (n.modified() >= racyFrom && !w.hash().equals(CacheFiles.sha256(dir, n)))) {
          return null;
        }
        newestRacy = n.modified() >= racyFrom ? Math.max(newestRacy, n.modified()) : newestRacy;
      }
      if (newestRacy != Long.MIN_VALUE && newestRacy < (checkedAt - RACY_MS) * 1000) {
        CacheFiles.restamp(file, snap.header(), checkedAt); // hashed now, trusted by time after
      }
      return snap;
    } catch (IOException | UncheckedIOException | SecurityException e) {
      return null;
    }
  }

  /**
   * Writes the cache of {@code dir} for a load made already, as if its YAML had been loaded now:
   * for the AppCDS training (cli's {@code cds-training}), whose copy of the bundled bank is then
   * read through the cache as a user bank is, without parsing its YAML.
   */
  public static void seed(Path dir, LoadResult result) throws IOException {
    long started = System.currentTimeMillis();
    List<BankSnapshot.Stamp> hashed = CacheFiles.hashed(dir, stamps(dir));
    if (hashed == null) {
      throw new IOException("cannot read the files of " + dir);
    }
    CacheFiles.write(dir, Map.of(), started, hashed, result);
  }

  /** The bank loaded again from its YAML (the cache rewritten), for a scenario it cannot give. */
  private static final class Reload implements Supplier<Bank> {
    private final Path dir;
    private final Map<String, String> env;
    private final StampWalk walk;

    Reload(Path dir, Map<String, String> env, StampWalk walk) {
      this.dir = dir;
      this.env = env;
      this.walk = walk;
    }

    @Override
    public Bank get() {
      return fresh(dir, env, walk).result().bank();
    }
  }
}
