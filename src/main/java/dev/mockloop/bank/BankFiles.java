package dev.mockloop.bank;

import dev.mockloop.io.SafeFiles;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Finds a bank's files (in a folder or inside the jar) and reads them within the size cap.
 *
 * <p>The bundled bank is found from where this class was loaded: in a build tree that is {@code
 * target/classes/bank/}; in the jar it is {@code /bank/} seen through the jar's zip file system.
 * Both are then walked like any folder, so nothing needs a generated index.
 */
final class BankFiles {
  private static FileSystem jarFileSystem;

  private BankFiles() {}

  /** The bundled bank's root folder; null when this build carries none. */
  static synchronized Path bundledRoot() throws IOException {
    CodeSource source = BankFiles.class.getProtectionDomain().getCodeSource();
    if (source == null) {
      return null;
    }
    Path location;
    try {
      location = Path.of(source.getLocation().toURI());
    } catch (URISyntaxException | IllegalArgumentException e) {
      return null;
    }
    Path root;
    if (Files.isDirectory(location)) {
      root = location.resolve("bank");
    } else {
      if (jarFileSystem == null) {
        jarFileSystem = FileSystems.newFileSystem(location, (ClassLoader) null);
      }
      root = jarFileSystem.getPath("/bank");
    }
    return Files.isDirectory(root) ? root : null;
  }

  /**
   * A bank file {@link #scan} found: its path relative to the root, its attributes from the walk.
   */
  record Found(Path rel, BasicFileAttributes attrs) {}

  /**
   * Every {@code *.yaml}/{@code *.yml} under {@code root}, recursively, relative to it and sorted;
   * files and folders whose names start with '.' are skipped (editor backups, VCS folders).
   */
  static List<Path> yamlFiles(Path root) throws IOException {
    List<Found> found = scan(root);
    List<Path> out = new ArrayList<>(found.size());
    for (Found f : found) {
      out.add(f.rel());
    }
    return out;
  }

  /**
   * As {@link #yamlFiles}, with each file's attributes (links not followed) as the walk read them:
   * one {@code lstat} per file, where listing and then stamping a 2,000-file bank took three. Links
   * and special files are listed too, so that reading them reports them as skipped.
   */
  static List<Found> scan(Path root) throws IOException {
    List<Found> out = new ArrayList<>();
    Files.walkFileTree(
        root,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes a) {
            return dir.equals(root) || !dir.getFileName().toString().startsWith(".")
                ? FileVisitResult.CONTINUE
                : FileVisitResult.SKIP_SUBTREE;
          }

          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes a) {
            Path rel = root.relativize(file);
            if (!a.isDirectory() && isBankFile(rel)) {
              out.add(new Found(rel, a));
            }
            return FileVisitResult.CONTINUE;
          }
        });
    // a lambda made here, not in a static field: the first lambda of a run sets up the JDK's
    // method handles (about 120 classes and a generated one, 5-15 ms before anything is compiled),
    // which a listing that only reads the cache's head, through this class, must not pay
    out.sort((x, y) -> x.rel().compareTo(y.rel()));
    return out;
  }

  /** True for a {@code *.yaml}/{@code *.yml} path, relative to the root, that is not hidden. */
  static boolean isBankFile(Path rel) {
    return rel.getNameCount() > 0 && !rel.toString().isEmpty() && isYaml(rel) && !isHidden(rel);
  }

  /** The relative path with '/' between its parts, whatever the platform. */
  static String slashed(Path rel) {
    return rel.toString().replace(rel.getFileSystem().getSeparator(), "/");
  }

  /** True for {@code glossary.yaml} and {@code levels.yaml} at the bank root. */
  static boolean isRootFile(Path rel) {
    return rel.getNameCount() == 1
        && (rel.toString().equals(RootFiles.GLOSSARY) || rel.toString().equals(RootFiles.LEVELS));
  }

  private static boolean isYaml(Path rel) {
    return WalkNames.isYamlName(rel.getFileName().toString());
  }

  private static boolean isHidden(Path rel) {
    for (Path part : rel) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  /**
   * The file's bytes, or null (after adding a problem) when it cannot be taken: over {@code limit}
   * bytes (an error), or a symbolic link, FIFO or device (a warning: skipped unread). At most
   * {@code limit + 1} bytes are ever read, whatever size the file system reports.
   */
  static byte[] read(Path file, String shown, int limit, List<Problem> out) throws IOException {
    BasicFileAttributes a =
        Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    String why = SafeFiles.refusal(a);
    if (why != null) {
      out.add(Problem.warning(shown, 0, 0, why));
      return null;
    }
    if (a.size() > limit) {
      out.add(tooBig(shown, a.size(), limit));
      return null;
    }
    try {
      return SafeFiles.read(file, limit);
    } catch (SafeFiles.Refused grew) {
      out.add(tooBig(shown, limit + 1L, limit)); // it grew after the size check
      return null;
    }
  }

  private static Problem tooBig(String shown, long size, int limit) {
    return Problem.error(
        shown,
        1,
        1,
        String.format(
            Locale.ROOT,
            "file is %s; a question file may be at most %s: split it or remove embedded data",
            SafeFiles.human(size),
            SafeFiles.human(limit)));
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

  /**
   * The head of the snapshot in {@code file} (its listing; see {@link BankSnapshot#readHead}), the
   * body not read: a user bank's cache is read whole only when a round needs its scenarios.
   */
  static byte[] snapshotHead(Path file) throws IOException {
    try (InputStream in =
        Files.newInputStream(file, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS)) {
      return BankSnapshot.readHead(in);
    }
  }
}
