package dev.mockloop.cli;

import dev.mockloop.bank.BankCache;
import dev.mockloop.bank.BankSnapshot;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Locale;
import java.util.Optional;
import java.util.TimeZone;

/**
 * {@code review list} and {@code review stats} print from {@link dev.mockloop.session.ResultCache}
 * when the sessions folder has not changed since the same command ran with the same inputs. The key
 * names every input of the output besides the session index: the command and its options, the
 * width, the sessions folder as given, the locale, the program (its jar's path, size and time, and
 * the Java runtime), and for stats the time zone ({@code $TZ}, the system's zone, the runtime's
 * zone rules file) and the question bank (bundled, which the program's jar holds, or each file of a
 * user bank with its size and time). A bank file changed within the last two seconds, whose time
 * could not tell a later edit apart, means no caching.
 */
final class ReviewCache {
  private static final long RACY_MS = 2_000;

  /** The program in keys: {@link #jar()}; tests, which run from classes folders, set their own. */
  static String program = jar();

  private ReviewCache() {}

  /** The key, or null when this run's output must not be cached. */
  static String key(RootCommand root, String command, String options) {
    try {
      StringBuilder k = new StringBuilder(256);
      k.append("review ").append(command).append('\t').append(options);
      k.append("\twidth=").append(QuestionsText.width(root.env()));
      k.append("\tsessions=").append(root.sessionsDir());
      k.append("\tlocale=").append(Locale.getDefault(Locale.Category.FORMAT).toLanguageTag());
      k.append("\tjava=").append(System.getProperty("java.home"));
      k.append(' ').append(System.getProperty("java.version"));
      if (program == null) {
        return null;
      }
      k.append("\tprogram=").append(program);
      if (command.equals("stats")) {
        // the zone's inputs, not the zone: ReviewSupport.zone would load the zone rules
        k.append("\tzone=").append(root.env().get("TZ")).append(' ');
        k.append(TimeZone.getDefault().getID()).append(' ').append(tzdb());
        k.append("\tbank=");
        Optional<Path> bank = root.questionsDir();
        if (bank.isEmpty()) {
          k.append("bundled");
        } else if (!bank(k, bank.get())) {
          return null;
        }
      }
      return k.toString();
    } catch (IOException | RuntimeException e) {
      return null; // the command itself reports whatever is wrong
    }
  }

  /** A user bank's files with their sizes and times; false when one was changed just now. */
  private static boolean bank(StringBuilder k, Path dir) throws IOException {
    k.append(dir.toAbsolutePath());
    if (!Files.isDirectory(dir)) {
      return true;
    }
    long racyFrom = (System.currentTimeMillis() - RACY_MS) * 1000;
    try {
      for (BankSnapshot.Stamp s : BankCache.stamps(dir)) {
        if (s.modified() >= racyFrom) {
          return false;
        }
        k.append('|').append(s.path()).append(' ').append(s.size()).append(' ');
        k.append(s.modified());
      }
    } catch (UncheckedIOException e) {
      return false;
    }
    return true;
  }

  /** The Java runtime's time-zone rules file, by size and time (a distribution may update it). */
  private static String tzdb() throws IOException {
    Path p = Path.of(System.getProperty("java.home"), "lib", "tzdb.dat");
    return Files.exists(p) ? Files.size(p) + " " + Files.getLastModifiedTime(p).toMillis() : "-";
  }

  /**
   * The jar this class came from, with its size and time; null when it is not a jar (a classes
   * folder keeps its time when a class in it is recompiled, so nothing is cached).
   */
  private static String jar() {
    try {
      Path p =
          Path.of(ReviewCache.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      BasicFileAttributes a =
          Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
      return a.isRegularFile() ? p + " " + a.size() + " " + a.lastModifiedTime().toMillis() : null;
    } catch (IOException | URISyntaxException | RuntimeException e) {
      return null;
    }
  }
}
