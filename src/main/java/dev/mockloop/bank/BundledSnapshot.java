package dev.mockloop.bank;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

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
    Path location = location();
    boolean inJar = location != null && Files.isRegularFile(location);
    // the jar is opened as a ZipFile, which shares the directory the class loader has read
    // already, rather than through a jar: URL and its connection classes
    try (ZipFile jar = inJar ? new ZipFile(location.toFile()) : null;
        InputStream in = open(jar, location)) {
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
      List<BankSnapshot.Stamp> now = currentStamps(location, inJar);
      return sameFiles(snap.header().stamps(), now) ? snap : null;
    } catch (IOException | RuntimeException e) {
      return null; // the YAML is still there to load
    }
  }

  /** The snapshot's bytes beside this class: in its jar, its class folder, or on the class path. */
  private static InputStream open(ZipFile jar, Path location) throws IOException {
    if (jar != null) {
      ZipEntry entry = jar.getEntry(RESOURCE);
      return entry == null ? null : jar.getInputStream(entry);
    }
    if (location != null && Files.isRegularFile(location.resolve(RESOURCE))) {
      return Files.newInputStream(location.resolve(RESOURCE));
    }
    return BundledSnapshot.class.getResourceAsStream("/" + RESOURCE);
  }

  /** Whether {@code now} holds the same stamps as {@code stored}, in any order. */
  static boolean sameFiles(List<BankSnapshot.Stamp> stored, List<BankSnapshot.Stamp> now) {
    if (stored.size() != now.size()) {
      return false;
    }
    Map<String, BankSnapshot.Stamp> byPath = new HashMap<>(now.size() * 2);
    for (BankSnapshot.Stamp s : now) {
      byPath.put(s.path(), s);
    }
    for (BankSnapshot.Stamp s : stored) {
      if (!s.equals(byPath.get(s.path()))) {
        return false;
      }
    }
    return byPath.size() == now.size();
  }

  /** Where this code was loaded from (a jar or a class folder); null when it cannot tell. */
  private static Path location() {
    CodeSource source = BundledSnapshot.class.getProtectionDomain().getCodeSource();
    if (source == null) {
      return null;
    }
    try {
      return Path.of(source.getLocation().toURI());
    } catch (URISyntaxException | IllegalArgumentException e) {
      return null;
    }
  }

  /** The stamps of the bank files this code was loaded with; empty when it cannot tell. */
  private static List<BankSnapshot.Stamp> currentStamps(Path location, boolean inJar)
      throws IOException {
    if (location == null) {
      return List.of();
    }
    if (!inJar) {
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
