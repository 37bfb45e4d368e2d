package dev.mockloop.io;

import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;
import java.util.Locale;

/**
 * The one way mockloop reads a file it did not write itself (a question file, a transcript, an
 * answer): only a regular file, never through a symbolic link, and never more than a byte cap
 * whatever size the file system reports. A FIFO, a device, a folder or a link is refused before it
 * is opened, so a read can neither block forever nor run out of memory.
 */
public final class SafeFiles {
  private SafeFiles() {}

  /** A file refused before reading, with a reason fit for the user (no class names). */
  public static final class Refused extends IOException {
    private static final long serialVersionUID = 1L;

    public Refused(String reason) {
      super(reason);
    }
  }

  /** Why {@code file} cannot be read as a plain file, or null when it can. */
  public static String refusal(Path file) throws IOException {
    BasicFileAttributes a =
        Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    return refusal(a);
  }

  /** Why a file with these (not followed) attributes cannot be read, or null when it can. */
  public static String refusal(BasicFileAttributes a) {
    if (a.isSymbolicLink()) {
      return "is a symbolic link; skipped (mockloop does not follow links: copy the file here)";
    }
    if (a.isDirectory()) {
      return "is a folder, not a file";
    }
    if (!a.isRegularFile()) {
      return "is not a regular file (a FIFO, socket or device); skipped";
    }
    return null;
  }

  /**
   * The bytes of {@code file}, at most {@code cap} of them.
   *
   * @throws NoSuchFileException when it does not exist
   * @throws Refused when it is a link, not a regular file, or holds more than {@code cap} bytes
   */
  public static byte[] read(Path file, int cap) throws IOException {
    String why = refusal(file);
    if (why != null) {
      throw new Refused(why);
    }
    // O_NOFOLLOW closes the gap between the check and the open; a zip file system has no links
    OpenOption[] options =
        file.getFileSystem() == FileSystems.getDefault()
            ? new OpenOption[] {StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS}
            : new OpenOption[] {StandardOpenOption.READ};
    try (SeekableByteChannel channel = Files.newByteChannel(file, options);
        InputStream in = Channels.newInputStream(channel)) {
      // read into an array of the file's size (readNBytes(int) reads 8 KiB at a time and copies
      // the pieces together); a file that grows meanwhile is read on as before
      int expected = (int) Math.min(cap, Math.max(0, channel.size()));
      byte[] bytes = new byte[expected];
      int got = readFully(in, bytes, 0, expected);
      if (got < expected) {
        return Arrays.copyOf(bytes, got);
      }
      byte[] more = in.readNBytes(cap + 1 - expected);
      if (more.length == 0) {
        return bytes;
      }
      if (expected + more.length > cap) {
        throw new Refused("is larger than " + human(cap) + "; skipped");
      }
      byte[] all = Arrays.copyOf(bytes, expected + more.length);
      System.arraycopy(more, 0, all, expected, more.length);
      return all;
    }
  }

  /** Largest piece read in one call: see {@link #readFully}. */
  private static final int PIECE = 64 << 10;

  /**
   * Reads {@code len} bytes into {@code b} from {@code off}, or up to the end of {@code in}, and
   * returns how many were read. A channel's stream reads a heap array through a direct buffer of
   * the size asked for, made (and its memory zeroed and faulted in) for that call; asked for in
   * pieces of {@value #PIECE} bytes it reuses one small buffer: a 1.5 MB bank cache read in 5.8 ms
   * instead of 12.1 ms at a JVM's start (docs/performance.md, branch ubank10).
   */
  public static int readFully(InputStream in, byte[] b, int off, int len) throws IOException {
    int got = 0;
    while (got < len) {
      int n = in.read(b, off + got, Math.min(PIECE, len - got));
      if (n < 0) {
        break;
      }
      got += n;
    }
    return got;
  }

  /**
   * Why reading failed, in words for the user: never a Java class name, and any file content or
   * path the exception carries cut to a short, safe excerpt.
   */
  public static String reason(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no such file";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof CharConversionException) {
      return "not UTF-8 text";
    }
    if (e instanceof FileSystemException f && f.getReason() != null) {
      return SafeText.excerpt(f.getReason(), 80);
    }
    String m = e.getMessage();
    return m == null || m.isBlank() ? "cannot be read" : SafeText.excerpt(m, 120);
  }

  /** A size for people: "512 bytes", "64.0 KiB", "1.0 MiB". */
  public static String human(long bytes) {
    if (bytes >= 1 << 20) {
      return String.format(Locale.ROOT, "%.1f MiB", bytes / (double) (1 << 20));
    }
    if (bytes >= 1 << 10) {
      return String.format(Locale.ROOT, "%.1f KiB", bytes / 1024.0);
    }
    return bytes + " bytes";
  }
}
