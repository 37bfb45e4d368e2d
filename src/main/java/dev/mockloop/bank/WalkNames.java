package dev.mockloop.bank;

import java.io.IOException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A folder's entries in name order for {@link StampWalk}, and which names are bank files, each made
 * cheap for a walk of thousands of files before anything is compiled.
 */
final class WalkNames {
  private WalkNames() {}

  /** The entries of {@code dir}, sorted by name. */
  static Path[] sorted(Path dir) throws IOException {
    String[] names = ascii(dir);
    if (names == null) {
      return entries(dir);
    }
    Path[] out = new Path[names.length];
    for (int i = 0; i < names.length; i++) {
      out[i] = dir.resolve(names[i]);
    }
    return out;
  }

  /**
   * The names in {@code dir}, sorted, when all are ASCII (then a name is the same bytes as a
   * string, and sorts the same): one call, where listing through a {@code DirectoryStream} makes a
   * {@code Path} per entry, four times the time. Null otherwise, or when the folder cannot be
   * listed (the stream then says why).
   */
  static String[] ascii(Path dir) {
    if (dir.getFileSystem() != FileSystems.getDefault()) {
      return null; // a folder in a zip, say: no File
    }
    String[] names = dir.toFile().list();
    if (names == null) {
      return null;
    }
    for (String n : names) {
      if (!isAscii(n)) {
        return null;
      }
    }
    Arrays.sort(names);
    return names;
  }

  private static boolean isAscii(String name) {
    for (int i = 0; i < name.length(); i++) {
      if (name.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  /** A folder's entries, sorted (by their bytes, as {@code Path} compares). */
  static Path[] entries(Path dir) throws IOException {
    List<Path> found = new ArrayList<>();
    try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
      for (Path p : ds) {
        found.add(p);
      }
    } catch (DirectoryIteratorException e) {
      throw e.getCause();
    }
    Path[] out = found.toArray(new Path[0]);
    Arrays.sort(out);
    return out;
  }

  /**
   * True for a file name ending in {@code .yaml} or {@code .yml}, in any case: what {@code
   * toLowerCase(Locale.ROOT)} and {@code endsWith} say (no other char lower-cases to one of these
   * letters), without a lower-cased copy of every name a walk meets.
   */
  static boolean isYamlName(String name) {
    int n = name.length();
    if (n < 4 || (name.charAt(n - 1) | 0x20) != 'l' || (name.charAt(n - 2) | 0x20) != 'm') {
      return false;
    }
    char c3 = name.charAt(n - 3);
    if ((c3 | 0x20) == 'y') {
      return name.charAt(n - 4) == '.';
    }
    return (c3 | 0x20) == 'a'
        && n >= 5
        && (name.charAt(n - 4) | 0x20) == 'y'
        && name.charAt(n - 5) == '.';
  }
}
