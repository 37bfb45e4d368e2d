package dev.mockloop.bank;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link BankCache} with its files stamped on two threads ({@link StampWalk}) while the cache is
 * read: an in-place edit of any one file, wherever the walk's threads split the folders, is seen by
 * the next listing and load, whether it changes the file's size or only its time; loads running at
 * once all agree with the YAML.
 */
class BankCacheWalkTest {
  private static final int FOLDERS = 12;
  private static final int PER_FOLDER = 4;
  private static final FileTime OLD = FileTime.from(1_000_000, TimeUnit.SECONDS);

  @TempDir Path dir;

  /** Files with times long before the cache is made, so no check falls back on their hashes. */
  @BeforeEach
  void bank() throws IOException {
    for (int f = 0; f < FOLDERS; f++) {
      for (int i = 0; i < PER_FOLDER; i++) {
        Path p = BankFixtures.write(dir, path(f, i), BankFixtures.scenario(id(f, i)));
        Files.setLastModifiedTime(p, OLD);
      }
    }
  }

  private static String id(int folder, int i) {
    return "s" + folder + "-" + i;
  }

  private static String path(int folder, int i) {
    return "topic-" + folder + "/" + id(folder, i) + ".yaml";
  }

  private String listedTitle(String id) {
    return BankCache.listing(dir, Map.of()).entries().stream()
        .filter(e -> e.id().equals(id))
        .findFirst()
        .orElseThrow()
        .title();
  }

  private String loadedTitle(String id) {
    return BankCache.load(dir, Map.of()).result().bank().find(id).orElseThrow().title();
  }

  @Test
  void anInPlaceEditChangingTheSizeIsSeenWithItsTimeKept() throws IOException {
    BankCache.load(dir, Map.of()); // the cache made
    for (int f : new int[] {0, FOLDERS / 2, FOLDERS - 1}) {
      String id = id(f, PER_FOLDER - 1);
      Path file = dir.resolve(path(f, PER_FOLDER - 1));
      assertThat(listedTitle(id)).isEqualTo("Title of " + id);
      Files.writeString(file, BankFixtures.withLine(id, 2, "title: Longer title " + f));
      Files.setLastModifiedTime(file, OLD); // the same time: only the size tells
      assertThat(listedTitle(id)).isEqualTo("Longer title " + f);
      assertThat(loadedTitle(id)).isEqualTo("Longer title " + f);
    }
  }

  @Test
  void anInPlaceEditKeepingTheSizeIsSeenByItsTime() throws IOException {
    BankCache.load(dir, Map.of());
    String id = id(FOLDERS - 1, 0);
    Path file = dir.resolve(path(FOLDERS - 1, 0));
    String same = "title: Title of " + id.replace('s', 'S'); // same length
    Files.writeString(file, BankFixtures.withLine(id, 2, same));
    assertThat(Files.size(file)).isEqualTo(BankFixtures.scenario(id).length());
    // another old time: the file is not racy, so nothing but the time can tell the edit
    Files.setLastModifiedTime(file, FileTime.from(1_000_001, TimeUnit.SECONDS));
    assertThat(listedTitle(id)).isEqualTo("Title of " + id.replace('s', 'S'));
    assertThat(loadedTitle(id)).isEqualTo("Title of " + id.replace('s', 'S'));
  }

  @Test
  void aFileAddedOrRemovedInAnyFolderIsSeen() throws IOException {
    BankCache.load(dir, Map.of());
    Path added = BankFixtures.write(dir, "topic-7/new.yaml", BankFixtures.scenario("new"));
    assertThat(BankCache.listing(dir, Map.of()).entries()).hasSize(FOLDERS * PER_FOLDER + 1);
    Files.delete(added);
    Files.delete(dir.resolve(path(3, 1)));
    assertThat(BankCache.listing(dir, Map.of()).entries()).hasSize(FOLDERS * PER_FOLDER - 1);
    assertThat(BankCache.load(dir, Map.of()).result().bank().find(id(3, 1))).isEmpty();
  }

  @Test
  void loadsAndListingsAtOnceAllAgreeWithTheYaml() throws Exception {
    LoadResult yaml = BankLoader.load(dir);
    BankCache.load(dir, Map.of());
    ExecutorService pool = Executors.newFixedThreadPool(6);
    try {
      List<Future<Object>> runs = new ArrayList<>();
      for (int i = 0; i < 24; i++) {
        boolean list = i % 2 == 0;
        runs.add(
            pool.submit(
                () ->
                    list
                        ? BankCache.listing(dir, Map.of())
                        : BankCache.load(dir, Map.of()).result()));
      }
      for (int i = 0; i < runs.size(); i++) {
        assertThat(runs.get(i).get()).isEqualTo(i % 2 == 0 ? Listing.of(yaml) : yaml);
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
