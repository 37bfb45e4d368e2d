package dev.mockloop.bank;

import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Build step ({@code prepare-package}): writes the bundled bank's snapshot. Arguments: the bank
 * folder as it goes into the jar ({@code target/classes/bank}) and the snapshot file to write. A
 * bank with errors gets a snapshot too, so the jar reports them exactly as the YAML would. With
 * {@code --store JAR} ({@code package}, after the shaded jar is made) it rewrites the jar's
 * snapshot entry uncompressed ({@link #store}).
 */
public final class SnapshotTool {
  private SnapshotTool() {}

  public static void main(String[] args) throws IOException {
    if (args.length == 2 && args[0].equals("--store")) {
      store(Path.of(args[1]));
      return;
    }
    if (args.length != 2) {
      System.err.println("usage: SnapshotTool BANK_DIR SNAPSHOT_FILE");
      System.exit(2);
    }
    Path root = Path.of(args[0]);
    LoadResult result = BankLoader.load(root, BankLoader.BUNDLED, BankLoader.BUNDLED + ":");
    BankSnapshot.Header header =
        new BankSnapshot.Header(
            BankSnapshot.schema(), BankLoader.BUNDLED, 0, BundledSnapshot.stamps(root));
    byte[] bytes = BankSnapshot.encode(header, result);
    BankSnapshot.Snapshot back = BankSnapshot.decode(bytes, true);
    if (back == null
        || !back.result().equals(result)
        || !back.listing().equals(Listing.of(result))) {
      throw new IllegalStateException("the bank snapshot does not read back as written");
    }
    BankFiles.writeAtomically(Path.of(args[1]), bytes);
    System.out.printf(
        "mockloop: bank snapshot %s: %d scenarios, %d bytes%n",
        args[1], result.bank().scenarios().size(), bytes.length);
  }

  /**
   * Rewrites {@value BundledSnapshot#RESOURCE} in {@code jar} uncompressed (zip method STORED): a
   * start-up that needs the whole bank then reads its 2.7 MB instead of inflating them, about 10 ms
   * less on this machine. The jar's other entries are copied as they are (the zip file system
   * copies unchanged entries without recompressing them); the entry keeps its bytes and CRC-32.
   */
  static void store(Path jar) throws IOException {
    try (FileSystem zip = FileSystems.newFileSystem(jar, Map.of("noCompression", "true"))) {
      Path entry = zip.getPath("/" + BundledSnapshot.RESOURCE);
      if (!Files.exists(entry)) {
        throw new IOException(jar + " holds no " + BundledSnapshot.RESOURCE);
      }
      byte[] bytes = Files.readAllBytes(entry);
      Files.delete(entry);
      Files.write(entry, bytes);
    }
  }
}
