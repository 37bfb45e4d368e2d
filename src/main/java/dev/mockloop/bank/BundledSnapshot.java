package dev.mockloop.bank;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;

/**
 * The bundled bank's snapshot, made during {@code package} ({@link SnapshotTool}) and stored in the
 * jar as {@value #RESOURCE}. It is used only when it decodes cleanly and its stamps equal the bank
 * files beside it: in the jar, each {@code bank/} entry's name, size and CRC-32 as the zip
 * directory records them (no entry is inflated; {@link JarBankEntries}); in a build tree, each
 * file's size and CRC-32.
 */
final class BundledSnapshot {
  static final String RESOURCE = "mockloop-bank.snapshot";

  private BundledSnapshot() {}

  /**
   * The bundled bank's snapshot (only its listing unless {@code full}), or null when there is none
   * or it does not match.
   */
  static BankSnapshot.Snapshot load(boolean full) {
    try (InputStream in = BundledSnapshot.class.getResourceAsStream("/" + RESOURCE)) {
      if (in == null) {
        return null;
      }
      byte[] bytes = full ? in.readAllBytes() : BankSnapshot.readHead(in);
      BankSnapshot.Snapshot snap =
          full
              ? BankSnapshot.decode(bytes, () -> BankLoader.loadBundledYaml().bank())
              : BankSnapshot.decode(bytes, false);
      if (snap == null || !BankLoader.BUNDLED.equals(snap.header().source())) {
        return null;
      }
      List<BankSnapshot.Stamp> now = currentStamps();
      return snap.header().stamps().equals(now) ? snap : null;
    } catch (IOException | RuntimeException e) {
      return null; // the YAML is still there to load
    }
  }

  /** The stamps of the bank files this code was loaded with; empty when it cannot tell. */
  private static List<BankSnapshot.Stamp> currentStamps() throws IOException {
    CodeSource source = BundledSnapshot.class.getProtectionDomain().getCodeSource();
    if (source == null) {
      return List.of();
    }
    Path location;
    try {
      location = Path.of(source.getLocation().toURI());
    } catch (URISyntaxException | IllegalArgumentException e) {
      return List.of();
    }
    if (Files.isDirectory(location)) {
      Path root = location.resolve("bank");
      return Files.isDirectory(root) ? stamps(root) : List.of();
    }
    return JarBankEntries.stamps(location.toFile());
  }

  /** Stamps of the bank files in a folder: size and CRC-32, as a jar would record them. */
  static List<BankSnapshot.Stamp> stamps(Path root) throws IOException {
    List<BankSnapshot.Stamp> out = new ArrayList<>();
    for (Path rel : BankFiles.yamlFiles(root)) {
      byte[] bytes = Files.readAllBytes(root.resolve(rel));
      CRC32 crc = new CRC32();
      crc.update(bytes);
      out.add(
          new BankSnapshot.Stamp(
              BankFiles.slashed(rel), bytes.length, 0, Long.toHexString(crc.getValue())));
    }
    return out;
  }
}
