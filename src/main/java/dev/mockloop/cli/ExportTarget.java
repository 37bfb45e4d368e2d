package dev.mockloop.cli;

import dev.mockloop.io.SafeFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Where {@code review export -o FILE} may write: a new file in an existing folder, or an existing
 * regular file (a link is followed to the file it names, and the link is kept). Devices, FIFOs and
 * folders are refused (a temp file and a rename would replace a device node), and no folder is
 * created that the user did not make. The write is atomic: a temp file beside the target, then a
 * rename.
 */
final class ExportTarget {
  private ExportTarget() {}

  /** The file to write for {@code given}, or a usage error (exit 2) saying why not. */
  static Path check(Path given) {
    Path file = given;
    try {
      if (Files.isSymbolicLink(given)) {
        file = realFile(given);
      }
      if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
        BasicFileAttributes a =
            Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        if (a.isDirectory()) {
          throw UserException.invalid(
              given + " is a folder; give a file name, e.g. -o " + given.resolve("session.md"));
        }
        if (!a.isRegularFile()) {
          throw UserException.invalid(
              given
                  + " is a device, FIFO or socket, not a file;"
                  + " use -o - to print to standard output, or give a file name");
        }
        return file;
      }
    } catch (IOException e) {
      throw UserException.invalid(
          "cannot write "
              + given
              + ": "
              + SafeFiles.reason(e)
              + "; use -o - to print to standard output, or give a file name");
    }
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null && !Files.isDirectory(parent)) {
      throw UserException.invalid(
          "the folder "
              + parent
              + " does not exist; create it first"
              + " or give a file in an existing folder");
    }
    return file;
  }

  /** The file a link names; a link to a pipe or a terminal (/dev/stdout) names none. */
  private static Path realFile(Path link) {
    try {
      return link.toRealPath();
    } catch (IOException e) {
      throw UserException.invalid(
          link
              + " links to a pipe, a terminal or nothing, not a file;"
              + " use -o - to print to standard output, or give a file name");
    }
  }

  /** Writes through a temp file and a rename, so a failed export leaves no half file. */
  static void write(Path file, String text) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    Path tmp = Files.createTempFile(parent, ".export.", ".tmp");
    try {
      Files.writeString(tmp, text, StandardCharsets.UTF_8);
      try {
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(tmp);
    }
  }
}
