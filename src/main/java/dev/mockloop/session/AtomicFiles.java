package dev.mockloop.session;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Files written atomically and durably: a temp file beside the target, forced to disk, then an
 * atomic rename over the target. A crash or a reader never sees half a file.
 */
final class AtomicFiles {
  private static final Set<OpenOption> NEW =
      Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
  private static final FileAttribute<Set<PosixFilePermission>> OWNER_ONLY =
      PosixFilePermissions.asFileAttribute(
          Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE));

  private AtomicFiles() {}

  static void write(Path target, byte[] bytes) throws IOException {
    write(target, bytes, true);
  }

  /**
   * As above; without {@code durable} the bytes are not forced to disk before the rename (for a
   * cache that checks its own content when read: a crash may leave it damaged, never half-written
   * under its name by a live process).
   */
  static void write(Path target, byte[] bytes, boolean durable) throws IOException {
    Path dir = target.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    Path tmp = null;
    try {
      FileChannel ch = null;
      boolean posix = ownerOnly(dir);
      for (int tries = 0; ch == null; tries++) {
        Path name = dir.resolve("." + target.getFileName() + "." + randomPart() + ".tmp");
        try {
          ch = posix ? FileChannel.open(name, NEW, OWNER_ONLY) : FileChannel.open(name, NEW);
          tmp = name; // ours from here: deleted unless renamed
        } catch (FileAlreadyExistsException e) {
          if (tries >= 100) {
            throw e;
          }
        }
      }
      try (FileChannel open = ch) {
        ByteBuffer buf = ByteBuffer.wrap(bytes);
        while (buf.hasRemaining()) {
          open.write(buf);
        }
        if (durable) {
          open.force(true);
        }
      }
      try {
        Files.move(
            tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      if (tmp != null) {
        Files.deleteIfExists(tmp);
      }
    }
  }

  /**
   * A name part no other writer is using, with {@code CREATE_NEW} to make sure. Not from {@link
   * Files#createTempFile}, whose {@code SecureRandom} costs the first save (and the home screen's
   * first index) the seeding of the security providers.
   */
  private static String randomPart() {
    return Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36);
  }

  /** Whether the folder's file system takes POSIX permissions (the temp file is made rw-------). */
  private static boolean ownerOnly(Path dir) {
    return dir.getFileSystem().supportedFileAttributeViews().contains("posix");
  }
}
