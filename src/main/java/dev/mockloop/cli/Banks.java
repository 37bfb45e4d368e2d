package dev.mockloop.cli;

import dev.mockloop.bank.Bank;
import dev.mockloop.bank.BankLoader;
import dev.mockloop.bank.LoadResult;
import dev.mockloop.bank.Problem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The one way commands get the question bank: from {@code --questions}, {@code
 * $MOCKLOOP_QUESTIONS} or {@code ./questions}, else the bundled copy. Results are cached per JVM
 * (a folder's cache entry is dropped when any file in it changes), so calling this twice is cheap.
 */
public final class Banks {
  private record Cached(String fingerprint, LoadResult result) {}

  private static final Map<String, Cached> CACHE = new ConcurrentHashMap<>();

  private Banks() {}

  /**
   * The bank the user chose. Warnings are not shown here (only {@code questions validate} shows
   * them); any error throws a {@link UserException} with status 2 listing every error.
   */
  public static Bank load(RootCommand root) {
    LoadResult result = result(root.questionsDir());
    if (result.hasErrors()) {
      throw new UserException(2, message(result));
    }
    return result.bank();
  }

  /** The full load result, warnings included, for the chosen folder or the bundled bank. */
  public static LoadResult result(Optional<Path> dir) {
    if (dir.isEmpty()) {
      return CACHE.computeIfAbsent(BankLoader.BUNDLED, k -> new Cached("", BankLoader.loadBundled()))
          .result();
    }
    Path path = dir.get();
    String key = path.toAbsolutePath().normalize().toString();
    String fingerprint = fingerprint(path);
    Cached cached = CACHE.get(key);
    if (cached == null || !cached.fingerprint().equals(fingerprint)) {
      cached = new Cached(fingerprint, BankLoader.load(path));
      CACHE.put(key, cached);
    }
    return cached.result();
  }

  /** Every error, one per line, then where to look for details. */
  static String message(LoadResult result) {
    StringBuilder sb = new StringBuilder();
    int errors = result.errors().size();
    sb.append("the question bank (")
        .append(result.bank().source())
        .append(") has ")
        .append(errors)
        .append(errors == 1 ? " error:" : " errors:");
    for (Problem p : result.errors()) {
      sb.append(System.lineSeparator()).append("  ").append(p);
    }
    return sb.append(System.lineSeparator())
        .append("run 'mockloop questions validate' for details")
        .toString();
  }

  /** Paths, sizes and modification times of the folder's files: changes when any file does. */
  private static String fingerprint(Path dir) {
    if (!Files.isDirectory(dir)) {
      return "missing";
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      StringBuilder sb = new StringBuilder();
      walk.sorted()
          .forEach(
              p -> {
                try {
                  BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
                  sb.append(p).append('|').append(a.size()).append('|')
                      .append(a.lastModifiedTime().toMillis()).append('\n');
                } catch (IOException e) {
                  sb.append(p).append("|?\n");
                }
              });
      return sb.toString();
    } catch (IOException | UncheckedIOException e) {
      return "unreadable";
    }
  }
}
