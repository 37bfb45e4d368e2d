package dev.mockloop.cli;

import dev.mockloop.bank.Bank;
import dev.mockloop.bank.BankCache;
import dev.mockloop.bank.BankLoader;
import dev.mockloop.bank.BankSnapshot;
import dev.mockloop.bank.Listing;
import dev.mockloop.bank.LoadResult;
import dev.mockloop.bank.Problem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The one way commands get the question bank: from {@code --questions}, {@code $MOCKLOOP_QUESTIONS}
 * or {@code ./questions} (through the cache beside the folder, {@link BankCache}), else the bundled
 * copy (from its build-time snapshot). Results are also kept per JVM (dropped when any bank file's
 * path, size or time changes), so calling this twice is cheap.
 */
public final class Banks {
  private record Cached(List<BankSnapshot.Stamp> stamps, LoadResult result) {}

  private static final Map<String, Cached> CACHE = new ConcurrentHashMap<>();

  private Banks() {}

  /**
   * The bank the user chose. Warnings are not shown here (only {@code questions validate} shows
   * them); any error throws a {@link UserException} with status 2 listing every error.
   */
  public static Bank load(RootCommand root) {
    LoadResult result = result(root.questionsDir(), root.env());
    if (result.hasErrors()) {
      throw new UserException(2, message(root, result));
    }
    return result.bank();
  }

  /**
   * What lists show of the bank the user chose, without decoding the rest of a snapshot or cache;
   * errors throw as in {@link #load}.
   */
  public static Listing listing(RootCommand root) {
    Optional<Path> dir = root.questionsDir();
    Listing listing =
        dir.isEmpty() ? BankLoader.listBundled() : BankCache.listing(dir.get(), root.env());
    if (!listing.errors().isEmpty()) {
      String source = dir.map(Path::toString).orElse(BankLoader.BUNDLED);
      throw new UserException(2, message(root, source, listing.errors()));
    }
    return listing;
  }

  /** The full load result, warnings included, for the chosen folder or the bundled bank. */
  public static LoadResult result(Optional<Path> dir) {
    return result(dir, Map.of());
  }

  /** As above; {@code env} tells where a read-only folder's cache may go instead. */
  public static LoadResult result(Optional<Path> dir, Map<String, String> env) {
    if (dir.isEmpty()) {
      return CACHE
          .computeIfAbsent(BankLoader.BUNDLED, k -> new Cached(List.of(), BankLoader.loadBundled()))
          .result();
    }
    Path path = dir.get();
    String key = path.toAbsolutePath().normalize() + "\n" + path;
    Cached cached = CACHE.get(key);
    if (cached != null && !cached.stamps().isEmpty() && cached.stamps().equals(stamps(path))) {
      return cached.result();
    }
    BankCache.Loaded loaded = BankCache.load(path, env);
    CACHE.put(key, new Cached(loaded.stamps(), loaded.result()));
    return loaded.result();
  }

  /** Every error, one per line, then where to look for details. */
  static String message(RootCommand root, LoadResult result) {
    return message(root, result.bank().source(), result.errors());
  }

  private static String message(RootCommand root, String source, List<Problem> problems) {
    StringBuilder sb = new StringBuilder();
    int errors = problems.size();
    sb.append("the question bank (")
        .append(source)
        .append(") has ")
        .append(errors)
        .append(errors == 1 ? " error:" : " errors:");
    for (Problem p : problems) {
      sb.append(System.lineSeparator()).append("  ").append(p);
    }
    return sb.append(System.lineSeparator())
        .append("run '")
        .append(root.command("questions validate"))
        .append("' for details")
        .toString();
  }

  private static List<BankSnapshot.Stamp> stamps(Path dir) {
    try {
      return BankCache.stamps(dir);
    } catch (IOException | UncheckedIOException e) {
      return List.of();
    }
  }
}
