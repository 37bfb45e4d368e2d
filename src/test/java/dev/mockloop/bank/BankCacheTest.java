package dev.mockloop.bank;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link BankCache}: a user bank's cache is used only while every file is as stamped. */
class BankCacheTest {
  @TempDir Path dir;

  private LoadResult load() {
    return BankCache.load(dir, Map.of()).result();
  }

  private String title(String id) {
    return load().bank().find(id).orElseThrow().title();
  }

  @Test
  void theFirstLoadWritesACacheTheSecondReadsIt() throws IOException {
    BankFixtures.write(dir, "a.yaml", BankFixtures.scenario("a"));
    LoadResult first = load();
    Path cache = dir.resolve(BankCache.FILE);
    assertThat(cache).exists();
    byte[] written = Files.readAllBytes(cache);
    assertThat(load()).isEqualTo(first).isEqualTo(BankLoader.load(dir));
    assertThat(Files.readAllBytes(cache)).isEqualTo(written); // not rewritten
    assertThat(BankCache.listing(dir, Map.of())).isEqualTo(Listing.of(first));
  }

  @Test
  void aCachedScenarioItsRecordRefusesIsLoadedFromTheYamlAndTheCacheRewritten() throws IOException {
    BankFixtures.write(dir, "a.yaml", BankFixtures.scenario("a"));
    BankFixtures.write(dir, "b.yaml", BankFixtures.scenario("b"));
    LoadResult yaml = load();
    Path cache = dir.resolve(BankCache.FILE);
    byte[] bytes = Files.readAllBytes(cache);
    ScenarioSections.Sections sections =
        ((ScenarioSections) BankSnapshot.decode(bytes, true).result().bank().scenarios())
            .sections();
    // the section of "b" starts with a null record, its CRC made to match: a cache whose checks
    // pass but whose record is refused when decoded (as a hand-made one could be)
    int head = BankSnapshot.headBytes(bytes);
    bytes[sections.from()[1]] = 0;
    java.util.zip.CRC32C crc = new java.util.zip.CRC32C();
    crc.update(bytes, head + 4, bytes.length - head - 4);
    java.nio.ByteBuffer.wrap(bytes).putInt(head, (int) crc.getValue());
    Files.write(cache, bytes);
    LoadResult cached = load();
    assertThat(Files.readAllBytes(cache)).isEqualTo(bytes); // nothing decoded yet
    assertThat(cached.bank().find("b")).isEqualTo(yaml.bank().find("b"));
    assertThat(cached).isEqualTo(yaml);
    assertThat(Files.readAllBytes(cache)).isNotEqualTo(bytes); // rewritten from the YAML
    assertThat(load()).isEqualTo(yaml);
  }

  @Test
  void anEditedFileIsPickedUpOnTheNextLoad() throws IOException {
    Path file = BankFixtures.write(dir, "a.yaml", BankFixtures.scenario("a"));
    assertThat(title("a")).isEqualTo("Title of a");
    Files.writeString(file, BankFixtures.withLine("a", 2, "title: A new, longer title"));
    Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis() + 5_000));
    assertThat(title("a")).isEqualTo("A new, longer title");
    assertThat(BankCache.listing(dir, Map.of()).entries().get(0).title())
        .isEqualTo("A new, longer title");
  }

  /**
   * A file modified just before its cache was made is hashed at every start (its time cannot tell a
   * later edit apart); once found as stamped and old enough, the cache is rewritten with the time
   * of that check, so the next starts trust its time. The listing, the body and the stamps stay.
   */
  @Test
  void racyFilesFoundAsStampedAreTrustedByTimeOnceTheCacheIsRestamped() throws IOException {
    Path file = BankFixtures.write(dir, "a.yaml", BankFixtures.scenario("a"));
    long old = System.currentTimeMillis() - 60_000;
    Files.setLastModifiedTime(file, FileTime.fromMillis(old));
    LoadResult fresh = BankLoader.load(dir);
    var stamps = CacheFiles.hashed(dir, BankCache.stamps(dir));
    CacheFiles.write(dir, Map.of(), old + 500, stamps, fresh); // made as the file was written
    Path cache = dir.resolve(BankCache.FILE);
    assertThat(header(cache).written()).isEqualTo(old + 500);

    long before = System.currentTimeMillis();
    assertThat(BankCache.listing(dir, Map.of())).isEqualTo(Listing.of(fresh));
    BankSnapshot.Header restamped = header(cache);
    assertThat(restamped.written()).isBetween(before, System.currentTimeMillis());
    assertThat(restamped.stamps()).isEqualTo(stamps);
    byte[] bytes = Files.readAllBytes(cache);
    assertThat(load()).isEqualTo(fresh);
    assertThat(Files.readAllBytes(cache)).as("restamped once, then read as it is").isEqualTo(bytes);

    Files.writeString(file, BankFixtures.withLine("a", 2, "title: Title of b"));
    assertThat(title("a")).as("an edit after the check has a newer time").isEqualTo("Title of b");
  }

  @Test
  void aRacyFileStillTooNewIsHashedAgainAndTheCacheKept() throws IOException {
    BankFixtures.write(dir, "a.yaml", BankFixtures.scenario("a"));
    LoadResult first = load(); // made right after the file: racy, and for 2 s still too new
    Path cache = dir.resolve(BankCache.FILE);
    byte[] bytes = Files.readAllBytes(cache);
    assertThat(BankCache.listing(dir, Map.of())).isEqualTo(Listing.of(first));
    assertThat(Files.readAllBytes(cache)).isEqualTo(bytes);
  }

  private static BankSnapshot.Header header(Path cache) throws IOException {
    return BankSnapshot.decode(Files.readAllBytes(cache), false).header();
  }

  @Test
  void anEditKeepingSizeAndTimeIsCaughtByTheHash() throws IOException {
    Path file = BankFixtures.write(dir, "a.yaml", BankFixtures.scenario("a"));
    FileTime time = Files.getLastModifiedTime(file);
    assertThat(title("a")).isEqualTo("Title of a");
    Files.writeString(file, BankFixtures.withLine("a", 2, "title: Title of b"));
    Files.setLastModifiedTime(file, time); // same size, same time: only the content differs
    assertThat(title("a")).isEqualTo("Title of b");
  }

  @Test
  void addedAndRemovedFilesArePickedUp() throws IOException {
    BankFixtures.write(dir, "a.yaml", BankFixtures.scenario("a"));
    assertThat(load().bank().ids()).containsExactly("a");
    Path b = BankFixtures.write(dir, "more/b.yaml", BankFixtures.scenario("b"));
    assertThat(load().bank().ids()).containsExactly("a", "b");
    Files.delete(b);
    assertThat(load().bank().ids()).containsExactly("a");
  }

  @Test
  void aCorruptCacheIsRebuiltSilently() throws IOException {
    BankFixtures.write(dir, "a.yaml", BankFixtures.scenario("a"));
    LoadResult fresh = load();
    Path cache = dir.resolve(BankCache.FILE);
    byte[] good = Files.readAllBytes(cache);
    byte[] bad = good.clone();
    bad[bad.length / 2] ^= 0x01;
    for (byte[] damage :
        new byte[][] {
          bad,
          java.util.Arrays.copyOf(good, good.length / 3),
          new byte[0],
          "not a cache at all".getBytes(java.nio.charset.StandardCharsets.UTF_8)
        }) {
      Files.write(cache, damage);
      assertThat(load()).isEqualTo(fresh);
      assertThat(BankSnapshot.decode(Files.readAllBytes(cache), true).result()).isEqualTo(fresh);
    }
  }

  @Test
  void aListingReadsTheCachesHeadAloneAndARoundChecksTheBody() throws IOException {
    BankFixtures.write(dir, "a.yaml", BankFixtures.scenario("a"));
    BankFixtures.write(dir, "b.yaml", BankFixtures.scenario("b"));
    LoadResult fresh = load();
    Path cache = dir.resolve(BankCache.FILE);
    byte[] bytes = Files.readAllBytes(cache);
    bytes[bytes.length - 2] ^= 0x01; // the body damaged, the head intact
    Files.write(cache, bytes);
    assertThat(BankCache.listing(dir, Map.of())).isEqualTo(Listing.of(fresh));
    assertThat(Files.readAllBytes(cache)).isEqualTo(bytes); // the body was not read: no rebuild
    assertThat(load()).isEqualTo(fresh); // a round reads it whole, finds the damage, rebuilds
    assertThat(Files.readAllBytes(cache)).isNotEqualTo(bytes);
    assertThat(BankSnapshot.decode(Files.readAllBytes(cache), true).result()).isEqualTo(fresh);
  }

  @Test
  void aChangedFileIsListedFromTheYamlAndTheCacheRewritten() throws IOException {
    Path file = BankFixtures.write(dir, "a.yaml", BankFixtures.scenario("a"));
    load();
    Path cache = dir.resolve(BankCache.FILE);
    byte[] before = Files.readAllBytes(cache);
    Files.writeString(file, BankFixtures.withLine("a", 2, "title: Listed anew"));
    Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis() + 5_000));
    assertThat(BankCache.listing(dir, Map.of()).entries().get(0).title()).isEqualTo("Listed anew");
    assertThat(Files.readAllBytes(cache)).isNotEqualTo(before);
    assertThat(BankCache.listing(dir, Map.of()).entries().get(0).title()).isEqualTo("Listed anew");
  }

  @Test
  void errorsAndWarningsComeBackFromTheCacheAsLoaded() throws IOException {
    BankFixtures.write(dir, "a.yaml", BankFixtures.withLine("a", 7, "    minutes: 500"));
    BankFixtures.write(dir, "b.yaml", BankFixtures.scenario("b") + "colour: blue\n");
    LoadResult fresh = load();
    assertThat(fresh.hasErrors()).isTrue();
    assertThat(load().problems()).isEqualTo(fresh.problems()).isNotEmpty();
  }

  @Test
  void aCacheCopiedWithItsFolderIsNotTrustedForAnotherName() throws IOException {
    BankFixtures.write(dir, "a.yaml", BankFixtures.scenario("a"));
    load();
    Path copy = Files.createDirectory(dir.resolveSibling(dir.getFileName() + "-copy"));
    for (String f : new String[] {"a.yaml", BankCache.FILE}) {
      Files.copy(dir.resolve(f), copy.resolve(f), java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
    }
    LoadResult there = BankCache.load(copy, Map.of()).result();
    assertThat(there.bank().source()).isEqualTo(copy.toString());
    assertThat(there.bank().find("a").orElseThrow().file()).startsWith(copy.toString());
  }

  @Test
  void aReadOnlyFolderKeepsItsCacheInTheUserCacheFolder(@TempDir Path home) throws IOException {
    BankFixtures.write(dir, "a.yaml", BankFixtures.scenario("a"));
    dir.toFile().setWritable(false);
    try {
      Map<String, String> env = Map.of("XDG_CACHE_HOME", home.toString());
      LoadResult first = BankCache.load(dir, env).result();
      assertThat(first.bank().ids()).containsExactly("a");
      if (!Files.isWritable(dir)) { // root can write anyway
        assertThat(dir.resolve(BankCache.FILE)).doesNotExist();
        try (var files = Files.list(home.resolve("mockloop"))) {
          assertThat(files.count()).isEqualTo(1);
        }
      }
      assertThat(BankCache.load(dir, env).result()).isEqualTo(first);
    } finally {
      dir.toFile().setWritable(true);
    }
  }
}
