package dev.mockloop.bank;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The stamps (path, size, modification time; no hash) of a user bank's files, the same files {@link
 * BankFiles#scan} finds, with one {@code lstat} per entry, walked on a thread of its own from
 * {@link #start} while the caller reads the cache: {@link #join} then takes a share of what is left
 * and waits for the rest. The work is split by the root's entries (a topic folder, or a file at the
 * root; a root of fewer than {@value #FEW} entries by its folders' entries), which the two threads
 * take in turn, so a bank of several folders, or of one, is walked by both. Per folder the walk
 * makes no {@code relativize} and no {@code Path} per part of a name: the relative path is the
 * folder's prefix and the entry's name (a 2,000-file bank walked by {@link BankFiles#scan}, then
 * stamped, cost 25-30 ms of CPU before anything is compiled). The stamps come out sorted by path,
 * as {@link BankFiles#scan} lists the files (for names in ASCII the same order).
 */
final class StampWalk implements Runnable {
  /** Fewer entries than this at the root (one topic folder, say): their folders' are shared out. */
  private static final int FEW = 4;

  private final List<Path> units;
  private final List<String> prefixes;
  private final List<List<BankSnapshot.Stamp>> parts;
  private final AtomicInteger next = new AtomicInteger();
  private final Thread helper;
  private volatile Exception failed;
  private List<BankSnapshot.Stamp> result;

  private StampWalk(List<Path> units, List<String> prefixes) {
    this.units = units;
    this.prefixes = prefixes;
    this.parts = new ArrayList<>(units.size());
    for (int i = 0; i < units.size(); i++) {
      parts.add(null);
    }
    this.helper = units.size() > 1 ? new Thread(this, "mockloop-stamps") : null;
  }

  /**
   * Lists the root of {@code dir} and starts walking it on another thread. A root that is not a
   * folder (a link to one included, as {@link BankFiles#scan} does not follow it) has no files.
   */
  static StampWalk start(Path dir) throws IOException {
    BasicFileAttributes a =
        Files.readAttributes(dir, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    Path[] roots = a.isDirectory() ? WalkNames.sorted(dir) : new Path[0];
    List<Path> units = new ArrayList<>(roots.length);
    List<String> prefixes = new ArrayList<>(roots.length);
    for (Path p : roots) {
      String name = p.getFileName().toString();
      if (roots.length < FEW
          && name.charAt(0) != '.'
          && Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
        for (Path e : WalkNames.sorted(p)) {
          units.add(e);
          prefixes.add(name + "/");
        }
      } else {
        units.add(p);
        prefixes.add("");
      }
    }
    StampWalk walk = new StampWalk(units, prefixes);
    if (walk.helper != null) {
      walk.helper.setDaemon(true);
      walk.helper.start();
    }
    return walk;
  }

  /** Every stamp, once both threads are done; the first failure of either is thrown. */
  synchronized List<BankSnapshot.Stamp> join() throws IOException {
    if (result != null) {
      return result;
    }
    run();
    if (helper != null) {
      try {
        helper.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted while reading the bank's files");
      }
    }
    Exception e = failed;
    if (e instanceof IOException io) {
      throw io;
    }
    if (e != null) {
      throw (RuntimeException) e;
    }
    List<BankSnapshot.Stamp> out = new ArrayList<>();
    for (List<BankSnapshot.Stamp> part : parts) {
      out.addAll(part);
    }
    result = sorted(out);
    return result;
  }

  /** The stamps of a walk {@link #join} has returned. */
  synchronized List<BankSnapshot.Stamp> stamps() {
    return result;
  }

  /** Takes the root's entries in turn until none is left (the helper's work, and the caller's). */
  @Override
  public void run() {
    try {
      for (int i = next.getAndIncrement(); i < units.size(); i = next.getAndIncrement()) {
        List<BankSnapshot.Stamp> out = new ArrayList<>();
        Path unit = units.get(i);
        visit(unit, unit.getFileName().toString(), prefixes.get(i), out);
        synchronized (parts) {
          parts.set(i, out);
        }
      }
    } catch (IOException | RuntimeException e) {
      failed = e;
      next.set(units.size()); // the other thread stops too
    }
  }

  /** One entry: a folder is walked, a bank file stamped; hidden ones are skipped. */
  private static void visit(Path p, String name, String prefix, List<BankSnapshot.Stamp> out)
      throws IOException {
    if (name.isEmpty() || name.charAt(0) == '.') {
      return;
    }
    BasicFileAttributes a =
        Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    if (a.isDirectory()) {
      String inner = prefix + name + "/";
      String[] names = WalkNames.ascii(p);
      if (names != null) {
        for (String n : names) {
          visit(p.resolve(n), n, inner, out);
        }
      } else {
        for (Path e : WalkNames.entries(p)) {
          visit(e, e.getFileName().toString(), inner, out);
        }
      }
    } else if (WalkNames.isYamlName(name)) {
      out.add(
          new BankSnapshot.Stamp(
              prefix.concat(name), // one copy, where + makes a builder and grows it
              a.size(),
              a.lastModifiedTime().to(TimeUnit.MICROSECONDS),
              ""));
    }
  }

  /**
   * The stamps in path order. Walked folder by folder they are already in it, unless a name sorts
   * before its folder's '/' ("a-b/x" before "a/x"): then they are sorted.
   */
  private static List<BankSnapshot.Stamp> sorted(List<BankSnapshot.Stamp> stamps) {
    for (int i = 1; i < stamps.size(); i++) {
      if (stamps.get(i - 1).path().compareTo(stamps.get(i).path()) > 0) {
        BankSnapshot.Stamp[] a = stamps.toArray(new BankSnapshot.Stamp[0]);
        Arrays.sort(a, BY_PATH);
        return Arrays.asList(a);
      }
    }
    return stamps;
  }

  private static final Comparator<BankSnapshot.Stamp> BY_PATH =
      new Comparator<>() {
        @Override
        public int compare(BankSnapshot.Stamp x, BankSnapshot.Stamp y) {
          return x.path().compareTo(y.path());
        }
      };
}
