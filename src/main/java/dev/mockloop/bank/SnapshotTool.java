package dev.mockloop.bank;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Build step ({@code prepare-package}): writes the bundled bank's snapshot. Arguments: the bank
 * folder as it goes into the jar ({@code target/classes/bank}) and the snapshot file to write. A
 * bank with errors gets a snapshot too, so the jar reports them exactly as the YAML would.
 */
public final class SnapshotTool {
  private SnapshotTool() {}

  public static void main(String[] args) throws IOException {
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
}
