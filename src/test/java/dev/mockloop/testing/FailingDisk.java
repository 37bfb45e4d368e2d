package dev.mockloop.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * A sessions folder that can be made to stop taking files mid-test. As root (CI) it is a real 64
 * KiB tmpfs that {@link #fill()} fills to ENOSPC; elsewhere it is a plain folder that {@link
 * #fill()} moves away and replaces with a regular file, so every write into it fails too. {@link
 * #heal()} undoes either; {@link #close()} unmounts.
 */
public final class FailingDisk implements AutoCloseable {
  private final Path dir;
  private final boolean tmpfs;
  private Path filler;

  private FailingDisk(Path dir, boolean tmpfs) {
    this.dir = dir;
    this.tmpfs = tmpfs;
  }

  /** Creates {@code dir} (a small tmpfs when this process may mount one). */
  public static FailingDisk at(Path dir) throws IOException {
    Files.createDirectories(dir);
    boolean mounted = run("mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", dir.toString());
    return new FailingDisk(dir, mounted);
  }

  public boolean isTmpfs() {
    return tmpfs;
  }

  /** From now on nothing can be written into the folder. */
  public void fill() throws IOException {
    if (tmpfs) {
      filler = dir.resolve("filler.bin");
      byte[] block = new byte[4096];
      try (OutputStream out = Files.newOutputStream(filler)) {
        while (true) {
          out.write(block);
          out.flush();
        }
      } catch (IOException full) {
        // ENOSPC: the disk is full
      }
      return;
    }
    filler = dir.resolveSibling(dir.getFileName() + ".away");
    Files.move(dir, filler);
    Files.writeString(dir, "a file where the sessions folder was");
  }

  /** The folder takes files again. */
  public void heal() throws IOException {
    if (tmpfs) {
      Files.deleteIfExists(filler);
      return;
    }
    Files.delete(dir);
    Files.move(filler, dir);
  }

  @Override
  public void close() {
    if (tmpfs) {
      run("umount", "-l", dir.toString());
    }
  }

  private static boolean run(String... cmd) {
    try {
      Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
