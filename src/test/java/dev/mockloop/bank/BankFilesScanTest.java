package dev.mockloop.bank;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link BankFiles#scan} (one walk, one {@code lstat} per file) finds the same files, in the same
 * order, with the same sizes and times, as listing them with {@code Files.walk} and then reading
 * each one's attributes, which is what the bank cache's stamps were made from before.
 */
class BankFilesScanTest {
  @TempDir Path dir;

  private void write(String rel, String text, long seconds) throws IOException {
    Path p = dir.resolve(rel);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text);
    Files.setLastModifiedTime(p, FileTime.from(seconds, TimeUnit.SECONDS));
  }

  /** The earlier way: list with Files.walk, filter, sort, then stat each file. */
  private List<BankSnapshot.Stamp> walkThenStat() throws IOException {
    List<Path> rels;
    try (Stream<Path> walk = Files.walk(dir)) {
      rels =
          walk.filter(p -> !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS))
              .map(dir::relativize)
              .filter(BankFiles::isBankFile)
              .sorted()
              .toList();
    }
    List<BankSnapshot.Stamp> out = new ArrayList<>();
    for (Path rel : rels) {
      BasicFileAttributes a =
          Files.readAttributes(
              dir.resolve(rel), BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
      out.add(
          new BankSnapshot.Stamp(
              BankFiles.slashed(rel),
              a.size(),
              a.lastModifiedTime().to(TimeUnit.MICROSECONDS),
              ""));
    }
    return out;
  }

  @Test
  void oneWalkGivesTheSameFilesOrderSizesAndTimesAsListingThenStatting() throws Exception {
    write("glossary.yaml", "terms: []\n", 1_000);
    write("b/second.yaml", "id: b\n", 2_000);
    write("a/first.yml", "id: a-longer\n", 3_000);
    write("a/z/deep.yaml", "id: deep\n", 4_000);
    write("a/notes.txt", "not a bank file\n", 5_000);
    write("a/.swap.yaml", "hidden file\n", 6_000);
    write(".git/objects/x.yaml", "hidden folder\n", 7_000);
    write("c.YAML", "upper case\n", 8_000);
    Files.createSymbolicLink(dir.resolve("link.yaml"), dir.resolve("b/second.yaml"));
    Files.createSymbolicLink(dir.resolve("linked-folder.yaml"), dir.resolve("a"));

    List<BankSnapshot.Stamp> now = BankCache.stamps(dir);
    assertThat(now).isEqualTo(walkThenStat());
    assertThat(now)
        .extracting(BankSnapshot.Stamp::path)
        .containsExactly(
            "a/first.yml",
            "a/z/deep.yaml",
            "b/second.yaml",
            "c.YAML",
            "glossary.yaml",
            "link.yaml",
            "linked-folder.yaml");
    assertThat(BankFiles.yamlFiles(dir))
        .extracting(BankFiles::slashed)
        .isEqualTo(now.stream().map(BankSnapshot.Stamp::path).toList());
  }
}
