package dev.mockloop.bank;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link JarBankEntries}: the central directory read by hand lists what {@link ZipFile} lists. */
class JarBankEntriesTest {
  @TempDir Path dir;

  @Test
  void theScanListsTheBankFilesAsZipFileDoes() throws IOException {
    File jar = dir.resolve("a.jar").toFile();
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(jar.toPath()))) {
      zip.setComment("a comment at the end of the jar");
      put(zip, "META-INF/MANIFEST.MF", "Manifest-Version: 1.0\n");
      put(zip, "bank/", null);
      put(zip, "bank/sub/", null);
      put(zip, "bank/sub/b.yaml", "id: b\n");
      put(zip, "bank/a.yaml", "id: a\n");
      put(zip, "bank/glossary.yml", "terms: []\n");
      put(zip, "bank/sub.yaml", "id: sub\n");
      put(zip, "bank/.hidden.yaml", "id: h\n");
      put(zip, "bank/notes.txt", "not a bank file\n");
      put(zip, "bank/é-accent.yaml", "id: e\n");
      put(zip, "bankrupt/x.yaml", "id: x\n");
      put(zip, "bank/.git/x.yaml", "id: in a hidden folder\n");
      put(zip, "bank/UPPER.YAML", "id: upper\n");
      put(zip, "bank/x.yaml.txt", "not a bank file\n");
      put(zip, "bank/y.yml/", null);
      put(zip, "dev/mockloop/X.class", "cafebabe");
      ZipEntry extra = new ZipEntry("bank/with-extra.yaml");
      extra.setExtra(new byte[] {(byte) 0xCA, (byte) 0xFE, 2, 0, 1, 2});
      extra.setComment("an entry comment");
      zip.putNextEntry(extra);
      zip.write("id: extra\n".getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
    List<BankSnapshot.Stamp> scanned = JarBankEntries.scan(jar);
    assertThat(scanned).containsExactlyInAnyOrderElementsOf(JarBankEntries.throughZipFile(jar));
    assertThat(JarBankEntries.throughZipFile(jar))
        .extracting(BankSnapshot.Stamp::path)
        .containsExactly(
            "UPPER.YAML",
            "a.yaml",
            "glossary.yml",
            "sub.yaml",
            "sub/b.yaml",
            "with-extra.yaml",
            "é-accent.yaml");
    assertThat(scanned)
        .filteredOn(s -> s.path().equals("a.yaml"))
        .singleElement()
        .extracting(BankSnapshot.Stamp::size)
        .isEqualTo(6L);
  }

  @Test
  void whatIsNoZipIsLeftToZipFile() throws IOException {
    Path notZip = dir.resolve("b.jar");
    Files.writeString(notZip, "not a zip at all, no end record");
    assertThat(JarBankEntries.scan(notZip.toFile())).isNull();
    Path truncated = dir.resolve("c.jar");
    File jar = dir.resolve("d.jar").toFile();
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(jar.toPath()))) {
      put(zip, "bank/a.yaml", "id: a\n");
    }
    byte[] bytes = Files.readAllBytes(jar.toPath());
    // the end record says the directory starts before the file does
    bytes[bytes.length - 22 + 12] = (byte) 0xFF;
    bytes[bytes.length - 22 + 13] = (byte) 0x7F;
    Files.write(truncated, bytes);
    assertThat(JarBankEntries.scan(truncated.toFile())).isNull();
  }

  private static void put(ZipOutputStream zip, String name, String text) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    if (text != null) {
      OutputStream out = zip;
      out.write(text.getBytes(StandardCharsets.UTF_8));
    }
    zip.closeEntry();
  }
}
