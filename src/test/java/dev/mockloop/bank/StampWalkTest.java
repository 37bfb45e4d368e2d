package dev.mockloop.bank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link StampWalk} (two threads, names from {@code File.list}) stamps exactly the files {@link
 * BankFiles#scan} finds (one walk on one thread), in the same order, with the same sizes and times:
 * the cache's check depends on it.
 */
class StampWalkTest {
  @TempDir Path dir;

  private void write(String rel, String text, long seconds) throws IOException {
    Path p = dir.resolve(rel);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text);
    Files.setLastModifiedTime(p, FileTime.from(seconds, TimeUnit.SECONDS));
  }

  /** What the single-threaded scan finds, stamped as the cache stamped it before. */
  private List<BankSnapshot.Stamp> scanned() throws IOException {
    List<BankSnapshot.Stamp> out = new ArrayList<>();
    for (BankFiles.Found f : BankFiles.scan(dir)) {
      BasicFileAttributes a = f.attrs();
      out.add(
          new BankSnapshot.Stamp(
              BankFiles.slashed(f.rel()),
              a.size(),
              a.lastModifiedTime().to(TimeUnit.MICROSECONDS),
              ""));
    }
    return out;
  }

  @Test
  void stampsWhatTheScanFindsInItsOrder() throws IOException {
    write("glossary.yaml", "terms: []\n", 1_000);
    write("b/second.yaml", "id: b\n", 2_000);
    write("a/first.yml", "id: a-longer\n", 3_000);
    write("a/z/deep.yaml", "id: deep\n", 4_000);
    write("a/notes.txt", "not a bank file\n", 5_000);
    write("a/.swap.yaml", "hidden file\n", 6_000);
    write(".git/objects/x.yaml", "hidden folder\n", 7_000);
    write("c.YAML", "upper case\n", 8_000);
    write("a-b/sorts-before-a.yaml", "'-' is below '/'\n", 9_000);
    write("kafka.yaml", "a file named like a folder\n", 10_000);
    write("kafka/inner.Yml", "and the folder\n", 11_000);
    write("café/thé.yaml", "not ASCII: listed through a DirectoryStream\n", 12_000);
    write("d.yaml/inside.yaml", "a folder named like a bank file\n", 13_000);
    write("e.yaml.bak", "not a bank file\n", 14_000);
    Files.createSymbolicLink(dir.resolve("link.yaml"), dir.resolve("b/second.yaml"));
    Files.createSymbolicLink(dir.resolve("linked-folder.yaml"), dir.resolve("a"));
    Files.createSymbolicLink(dir.resolve("linked-folder"), dir.resolve("a"));

    List<BankSnapshot.Stamp> walked = StampWalk.start(dir).join();
    assertThat(walked).isEqualTo(scanned());
    assertThat(walked)
        .extracting(BankSnapshot.Stamp::path)
        .containsExactly(
            "a-b/sorts-before-a.yaml",
            "a/first.yml",
            "a/z/deep.yaml",
            "b/second.yaml",
            "c.YAML",
            "café/thé.yaml",
            "d.yaml/inside.yaml",
            "glossary.yaml",
            "kafka.yaml",
            "kafka/inner.Yml",
            "link.yaml",
            "linked-folder.yaml");
    assertThat(BankCache.stamps(dir)).isEqualTo(walked);
  }

  @Test
  void manyFoldersWalkedByTwoThreadsGiveTheSameStampsEveryTime() throws IOException {
    for (int f = 0; f < 24; f++) {
      for (int i = 0; i < 15; i++) {
        write("topic-" + f + "/s-" + i + ".yaml", "x".repeat(f * 15 + i), 1_000L + f * 100 + i);
      }
    }
    write("glossary.yaml", "terms: []\n", 1);
    List<BankSnapshot.Stamp> expected = scanned();
    assertThat(expected).hasSize(24 * 15 + 1);
    for (int run = 0; run < 30; run++) {
      assertThat(StampWalk.start(dir).join()).isEqualTo(expected);
    }
  }

  @Test
  void aRootOfOneFolderIsSharedOutByItsEntries() throws IOException {
    for (int i = 0; i < 40; i++) {
      write("all/s-" + i + ".yaml", "x".repeat(i), 1_000L + i);
    }
    write("all/nested/deep.yaml", "deep\n", 5);
    write("all/.hidden/x.yaml", "hidden\n", 6);
    write("all/.swap.yaml", "hidden\n", 7);
    write(".git/x.yaml", "hidden\n", 8);
    write("glossary.yaml", "terms: []\n", 9);
    List<BankSnapshot.Stamp> expected = scanned();
    assertThat(expected).hasSize(42);
    for (int run = 0; run < 10; run++) {
      assertThat(StampWalk.start(dir).join()).isEqualTo(expected);
    }
  }

  @Test
  void aRootThatIsALinkHasNoFilesAsForTheScan(@TempDir Path other) throws IOException {
    write("a.yaml", "id: a\n", 1_000);
    Path link = other.resolve("bank");
    Files.createSymbolicLink(link, dir);
    assertThat(StampWalk.start(link).join()).isEmpty();
    assertThat(BankFiles.scan(link)).isEmpty();
  }

  @Test
  void aMissingFolderFailsAtTheStart() {
    assertThatThrownBy(() -> StampWalk.start(dir.resolve("nope")))
        .isInstanceOf(NoSuchFileException.class);
  }

  @Test
  void aYamlNameIsWhatLowerCasingSays() {
    String[] names = {
      "a.yaml",
      "a.yml",
      "a.YAML",
      "a.YmL",
      ".yaml",
      ".yml",
      "yaml",
      "yml",
      "a.yam",
      "a.ml",
      "a.xml",
      "a.yaml.bak",
      "a-yaml",
      "a.yAml",
      "a.yaMl",
      "x.ya",
      "",
      "l",
      "ml",
      "aml",
      "a.Yml",
      "a.\u0130ml",
      "a.y\u0131ml",
      "a.yam\u212a",
      "\u017f.yaml",
      "a.YAM\u0141",
      "aYAML",
      "a.yyml"
    };
    for (String name : names) {
      String lower = name.toLowerCase(Locale.ROOT);
      assertThat(WalkNames.isYamlName(name))
          .as(name)
          .isEqualTo(lower.endsWith(".yaml") || lower.endsWith(".yml"));
    }
  }
}
