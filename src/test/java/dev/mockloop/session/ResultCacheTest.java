package dev.mockloop.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResultCacheTest {
  private static final String KEY = "review list\twidth=80";

  @TempDir Path dir;

  private SessionStore store() {
    return new SessionStore(dir);
  }

  /** Loads with the folder's time set an hour back, as a folder that has settled; the stamp. */
  private String settled() throws IOException {
    SessionIndex.load(store());
    Files.setLastModifiedTime(dir, FileTime.from(Instant.now().minusSeconds(3600)));
    return SessionIndex.load(store(), false).stamp();
  }

  private void save(String id, String start, String answer) throws IOException {
    store().save(Transcripts.dynamo(id, "2026-11-" + start + ":00:00Z", answer));
  }

  private Path entry() throws IOException {
    try (Stream<Path> files = Files.list(dir.resolve(".mockloop"))) {
      return files.filter(p -> p.getFileName().toString().startsWith("result-")).findFirst().get();
    }
  }

  @Test
  void aTextKeptForASettledIndexIsGivenBackForTheSameKeyOnly() throws IOException {
    save("2026-11-10T0900-aaaaaa", "10T09", "p99");
    String stamp = settled();

    ResultCache.put(dir, KEY, stamp, "the list · ünïcode →\n");

    assertThat(ResultCache.get(dir, KEY)).isEqualTo("the list · ünïcode →\n");
    assertThat(ResultCache.get(dir, KEY + "\tlevel=L7")).isNull();
    assertThat(ResultCache.get(dir, "review list\twidth=81")).isNull();
  }

  @Test
  void anAsciiTextIsMarkedSoAndAFlippedMarkIsAMiss() throws IOException {
    save("2026-11-10T0900-aaaaaa", "10T09", "p99");
    String stamp = settled();
    ResultCache.put(dir, KEY, stamp, "plain ASCII list\n");
    assertThat(ResultCache.get(dir, KEY)).isEqualTo("plain ASCII list\n");
    byte[] b = Files.readAllBytes(entry());
    int mark = new String(b, StandardCharsets.ISO_8859_1).indexOf('\n') + 1;
    assertThat((char) b[mark]).isEqualTo('a');
    b[mark] = 'u'; // the CRC covers the mark: a text read as another encoding is never given back
    Files.write(entry(), b);
    assertThat(ResultCache.get(dir, KEY)).isNull();

    ResultCache.put(dir, KEY, stamp, "ünïcode\n");
    b = Files.readAllBytes(entry());
    assertThat((char) b[mark]).isEqualTo('u');
    assertThat(ResultCache.get(dir, KEY)).isEqualTo("ünïcode\n");
  }

  @Test
  void anAddedReplacedOrDeletedTranscriptMakesItAMissUntilKeptAgain() throws IOException {
    save("2026-11-10T0900-aaaaaa", "10T09", "p99");
    ResultCache.put(dir, KEY, settled(), "one");

    save("2026-11-11T0900-bbbbbb", "11T09", "p99");
    assertThat(ResultCache.get(dir, KEY)).isNull();
    ResultCache.put(dir, KEY, SessionIndex.load(store(), false).stamp(), "racy");
    assertThat(ResultCache.get(dir, KEY)).isNull(); // the folder changed just now: not kept

    ResultCache.put(dir, KEY, settled(), "two");
    assertThat(ResultCache.get(dir, KEY)).isEqualTo("two");
    save("2026-11-10T0900-aaaaaa", "10T09", "p99 cost access pattern");
    assertThat(ResultCache.get(dir, KEY)).isNull();

    ResultCache.put(dir, KEY, settled(), "three");
    Files.delete(dir.resolve("2026-11-11T0900-bbbbbb.yaml"));
    assertThat(ResultCache.get(dir, KEY)).isNull();
    assertThat(SessionIndex.load(store()).sessions()).hasSize(1);
  }

  @Test
  void aTextFromAnEarlierIndexIsAMissAndIsSweptWhenANewOneIsKept() throws IOException {
    save("2026-11-10T0900-aaaaaa", "10T09", "p99");
    String first = settled();
    ResultCache.put(dir, "other key", first, "old");
    Path old = entry();
    Files.setLastModifiedTime(old, FileTime.from(Instant.now().minusSeconds(7200)));
    save("2026-11-11T0900-bbbbbb", "11T09", "p99");
    String second = settled();
    assertThat(second).isNotEqualTo(first);

    // the index moved on, so the old entry names a stamp no index has
    assertThat(ResultCache.get(dir, "other key")).isNull();
    ResultCache.put(dir, KEY, second, "new");

    assertThat(old).doesNotExist();
    assertThat(ResultCache.get(dir, KEY)).isEqualTo("new");
  }

  @Test
  void aDamagedOrForeignEntryIsAMissAndIsRewrittenByTheNextPut() throws IOException {
    save("2026-11-10T0900-aaaaaa", "10T09", "p99");
    String stamp = settled();
    ResultCache.put(dir, KEY, stamp, "the text");
    Path file = entry();
    byte[] good = Files.readAllBytes(file);

    byte[] flipped = good.clone();
    flipped[flipped.length - 2] ^= 1;
    Files.write(file, flipped);
    assertThat(ResultCache.get(dir, KEY)).isNull();

    Files.write(file, java.util.Arrays.copyOf(good, good.length - 3));
    assertThat(ResultCache.get(dir, KEY)).isNull();

    Files.writeString(
        file, new String(good, StandardCharsets.UTF_8).replace("result\t2\t", "result\t1\t"));
    assertThat(ResultCache.get(dir, KEY)).isNull();

    Files.writeString(file, "junk");
    assertThat(ResultCache.get(dir, KEY)).isNull();

    ResultCache.put(dir, KEY, stamp, "the text");
    assertThat(Files.readAllBytes(file)).isEqualTo(good);
    assertThat(ResultCache.get(dir, KEY)).isEqualTo("the text");
  }

  @Test
  void aLinkInPlaceOfAnEntryIsNeverFollowed() throws IOException {
    save("2026-11-10T0900-aaaaaa", "10T09", "p99");
    String stamp = settled();
    ResultCache.put(dir, KEY, stamp, "the text");
    Path file = entry();
    Path elsewhere = dir.resolve("elsewhere");
    Files.move(file, elsewhere);
    Files.createSymbolicLink(file, elsewhere);

    assertThat(ResultCache.get(dir, KEY)).isNull();
  }
}
