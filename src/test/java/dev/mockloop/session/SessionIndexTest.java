package dev.mockloop.session;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mockloop.bank.Level;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SessionIndexTest {
  @TempDir Path dir;

  private SessionStore store() {
    return new SessionStore(dir);
  }

  @Test
  void summarisesEverySessionOldestFirstAndWritesTheIndex() throws IOException {
    store()
        .save(Transcripts.dynamo("2026-11-20T0900-bbbbbb", "2026-11-20T09:00:00Z", "p99 of 2 ms"));
    store()
        .save(
            Transcripts.dynamo(
                "2026-11-10T0900-aaaaaa",
                "2026-11-10T09:00:00Z",
                "p99 and cost and access pattern"));

    History h = SessionIndex.load(store());

    assertThat(h.sessions())
        .extracting(SessionSummary::id)
        .containsExactly("2026-11-10T0900-aaaaaa", "2026-11-20T0900-bbbbbb");
    SessionSummary first = h.sessions().get(0);
    assertThat(first.score()).contains(100);
    assertThat(first.seconds()).isEqualTo(300);
    assertThat(first.rounds().get(0).dimensions())
        .extracting(d -> d.dimension() + "=" + d.earned() + "/" + d.possible())
        .containsExactly("analysis=3/3", "design=2/2", "trade-offs=2/2");
    assertThat(h.sessions().get(1).rounds().get(0).missed())
        .extracting(PointMark::key)
        .containsExactly("query-patterns", "cost");
    assertThat(h.pointText("dynamodb-vs-rds", Level.L6, "cost")).isEqualTo("Point cost");
    assertThat(dir.resolve(SessionIndex.FILE)).exists();
  }

  @Test
  void aFolderWithNoSessionGetsNoIndexUntilItHasOne() throws IOException {
    assertThat(SessionIndex.loadForList(store()).sessions()).isEmpty();
    assertThat(SessionIndex.load(store()).sessions()).isEmpty();
    assertThat(dir.resolve(SessionIndex.FILE)).doesNotExist();

    store().save(Transcripts.dynamo("2026-11-10T0900-aaaaaa", "2026-11-10T09:00:00Z", "p99"));

    assertThat(SessionIndex.loadForList(store()).sessions())
        .extracting(SessionSummary::id)
        .containsExactly("2026-11-10T0900-aaaaaa");
    assertThat(dir.resolve(SessionIndex.FILE)).exists();
  }

  @Test
  void secondLoadReadsTheIndexNotTheTranscripts() throws IOException {
    store().save(Transcripts.dynamo("2026-11-10T0900-aaaaaa", "2026-11-10T09:00:00Z", "p99"));
    History first = SessionIndex.load(store());
    // make the transcript unparseable but keep its size and time: the index must be trusted
    Path p = dir.resolve("2026-11-10T0900-aaaaaa.yaml");
    FileTime time = Files.getLastModifiedTime(p);
    byte[] junk = new byte[(int) Files.size(p)];
    java.util.Arrays.fill(junk, (byte) '!');
    Files.write(p, junk);
    Files.setLastModifiedTime(p, time);

    History second = SessionIndex.load(store());

    assertThat(second.sessions()).isEqualTo(first.sessions());
    assertThat(second.unreadable()).isEmpty();
  }

  @Test
  void aTranscriptNewerThanItsEntryIsReadAgain() throws IOException {
    String id = "2026-11-10T0900-aaaaaa";
    store().save(Transcripts.dynamo(id, "2026-11-10T09:00:00Z", "p99"));
    assertThat(SessionIndex.load(store()).sessions().get(0).score()).contains(42);

    store().save(Transcripts.dynamo(id, "2026-11-10T09:00:00Z", "p99 cost access pattern"));
    Files.setLastModifiedTime(
        dir.resolve(id + ".yaml"), FileTime.from(Instant.now().plusSeconds(5)));

    assertThat(SessionIndex.load(store()).sessions().get(0).score()).contains(100);
  }

  @Test
  void deletedTranscriptsLeaveTheList() throws IOException {
    store().save(Transcripts.dynamo("2026-11-10T0900-aaaaaa", "2026-11-10T09:00:00Z", "p99"));
    store().save(Transcripts.dynamo("2026-11-11T0900-bbbbbb", "2026-11-11T09:00:00Z", "p99"));
    SessionIndex.load(store());
    Files.delete(dir.resolve("2026-11-10T0900-aaaaaa.yaml"));

    assertThat(SessionIndex.load(store()).sessions())
        .extracting(SessionSummary::id)
        .containsExactly("2026-11-11T0900-bbbbbb");
  }

  @Test
  void corruptedAndHandEditedTranscriptsAreListedAsUnreadableWithTheReason() throws IOException {
    store().save(Transcripts.dynamo("2026-11-10T0900-aaaaaa", "2026-11-10T09:00:00Z", "p99"));
    Files.writeString(dir.resolve("2026-11-12T0900-trunc1.yaml"), "schema: 1\nid: [unclosed\n");
    Files.writeString(
        dir.resolve("2026-11-13T0900-badlvl.yaml"),
        TranscriptYaml.toYaml(
                Transcripts.dynamo("2026-11-13T0900-badlvl", "2026-11-13T09:00:00Z", "p99"))
            .replace("level: L6", "level: L9"));
    Files.writeString(
        dir.resolve("2026-11-14T0900-otherx.yaml"),
        TranscriptYaml.toYaml(
            Transcripts.dynamo("2026-11-14T0900-renamd", "2026-11-14T09:00:00Z", "p99")));
    Files.writeString(dir.resolve("notes with spaces.yaml"), "hello");
    Files.write(dir.resolve("2026-11-15T0900-binary.yaml"), new byte[] {(byte) 0xff, 0, 1, 2});

    History h = SessionIndex.load(store());

    assertThat(h.sessions())
        .extracting(SessionSummary::id)
        .containsExactly("2026-11-10T0900-aaaaaa");
    assertThat(h.unreadable())
        .extracting(StoredSession::id)
        .containsExactly(
            "2026-11-12T0900-trunc1",
            "2026-11-13T0900-badlvl",
            "2026-11-14T0900-otherx",
            "2026-11-15T0900-binary",
            "notes with spaces");
    assertThat(h.unreadable().get(0).reason()).contains("2026-11-12T0900-trunc1.yaml:");
    assertThat(h.unreadable().get(1).reason()).contains("L9");
    assertThat(h.unreadable().get(2).reason()).contains("its id is '2026-11-14T0900-renamd'");
    assertThat(h.unreadable().get(4).reason()).contains("not a session file name");
    // and from the index the second time, same answer
    assertThat(SessionIndex.load(store()).unreadable()).isEqualTo(h.unreadable());
  }

  @Test
  void aDamagedIndexIsRebuilt() throws IOException {
    store().save(Transcripts.dynamo("2026-11-10T0900-aaaaaa", "2026-11-10T09:00:00Z", "p99"));
    SessionIndex.load(store());
    Files.writeString(
        dir.resolve(SessionIndex.FILE), "mockloop-index\t1\nS\tgarbage\n", StandardCharsets.UTF_8);

    History h = SessionIndex.load(store());

    assertThat(h.sessions()).hasSize(1);
    assertThat(Files.readString(dir.resolve(SessionIndex.FILE))).contains("2026-11-10T0900-aaaaaa");
  }

  /**
   * Loads (which makes the index's subfolder), sets the folder's time an hour back and loads again,
   * so the index records a time it may trust.
   */
  private History settled() throws IOException {
    SessionIndex.load(store());
    Files.setLastModifiedTime(dir, FileTime.from(Instant.now().minusSeconds(3600)));
    return SessionIndex.load(store());
  }

  @Test
  void anUnchangedFolderIsNotListedAgain() throws IOException {
    String id = "2026-11-10T0900-aaaaaa";
    store().save(Transcripts.dynamo(id, "2026-11-10T09:00:00Z", "p99"));
    History first = settled();
    assertThat(Files.readString(dir.resolve(SessionIndex.FILE))).contains("\nF\t");
    // an in-place write (no rename) of another size leaves the folder's time alone: not looked at
    Files.writeString(dir.resolve(id + ".yaml"), "junk");

    assertThat(SessionIndex.load(store()).sessions()).isEqualTo(first.sessions());
    assertThat(SessionIndex.loadForList(store()).sessions()).hasSize(1);
    // the next change to the folder brings the edit to light
    store().save(Transcripts.dynamo("2026-11-11T0900-bbbbbb", "2026-11-11T09:00:00Z", "p99"));
    assertThat(SessionIndex.load(store()).unreadable())
        .extracting(StoredSession::id)
        .containsExactly(id);
  }

  @Test
  void anAddedReplacedOrRemovedTranscriptIsPickedUpThoughTheFolderWasSettled() throws IOException {
    String a = "2026-11-10T0900-aaaaaa";
    String b = "2026-11-11T0900-bbbbbb";
    store().save(Transcripts.dynamo(a, "2026-11-10T09:00:00Z", "p99"));
    assertThat(settled().sessions()).hasSize(1);

    store().save(Transcripts.dynamo(b, "2026-11-11T09:00:00Z", "p99"));
    assertThat(SessionIndex.loadForList(store()).sessions())
        .extracting(SessionSummary::id)
        .containsExactly(a, b);

    settled();
    store().save(Transcripts.dynamo(a, "2026-11-10T09:00:00Z", "p99 cost access pattern"));
    assertThat(SessionIndex.load(store()).sessions().get(0).score()).contains(100);

    settled();
    Files.delete(dir.resolve(b + ".yaml"));
    assertThat(SessionIndex.loadForList(store()).sessions())
        .extracting(SessionSummary::id)
        .containsExactly(a);
  }

  @Test
  void anIndexAtTheOldPlaceIsReadOnceThenMoved() throws IOException {
    String id = "2026-11-10T0900-aaaaaa";
    store().save(Transcripts.dynamo(id, "2026-11-10T09:00:00Z", "p99"));
    SessionIndex.load(store());
    Files.move(dir.resolve(SessionIndex.FILE), dir.resolve(SessionIndex.OLD_FILE));

    assertThat(SessionIndex.load(store()).sessions()).hasSize(1);
    assertThat(dir.resolve(SessionIndex.FILE)).exists();
    assertThat(dir.resolve(SessionIndex.OLD_FILE)).doesNotExist();
  }

  @Test
  void aDamagedIndexOfASettledFolderIsRebuiltSilently() throws IOException {
    store().save(Transcripts.dynamo("2026-11-10T0900-aaaaaa", "2026-11-10T09:00:00Z", "p99"));
    settled();
    Files.writeString(dir.resolve(SessionIndex.FILE), "mockloop-index\t4\nF\tnot-a-number\n");

    assertThat(SessionIndex.loadForList(store()).sessions()).hasSize(1);
    assertThat(Files.readString(dir.resolve(SessionIndex.FILE))).contains("2026-11-10T0900-aaaaaa");
  }

  @Test
  void anIndexOfTheVersionBeforeSelfRatingsIsRebuiltSilentlyWithThem() throws IOException {
    String id = "2026-11-10T0900-aaaaaa";
    Transcript t = Transcripts.dynamo(id, "2026-11-10T09:00:00Z", "p99");
    TranscriptRound r = t.rounds().get(0);
    store()
        .save(
            new Transcript(
                t.schema(),
                t.id(),
                t.level(),
                t.startedAt(),
                t.endedAt(),
                t.status(),
                t.settings(),
                t.planned(),
                java.util.List.of(
                    new TranscriptRound(
                        r.scenario(),
                        r.sha256(),
                        r.title(),
                        r.topic(),
                        r.prompt(),
                        r.context(),
                        r.minutes(),
                        r.phase(),
                        r.answer(),
                        r.followUps(),
                        r.draft(),
                        r.score(),
                        r.kind(),
                        r.principle(),
                        3,
                        r.principles()))));
    settled();
    Path index = dir.resolve(SessionIndex.FILE);
    // what version 4 wrote: no rating field, another header; the folder's time still matches
    String v6 = Files.readString(index);
    assertThat(v6).startsWith("mockloop-index\t6\t");
    String lines = v6.substring(v6.indexOf('\n') + 1);
    Files.writeString(index, "mockloop-index\t4\n" + lines.replaceAll("(?m)^(R\t.*)\t3$", "$1"));

    History h = SessionIndex.load(store());

    assertThat(h.sessions().get(0).rounds().get(0).selfRating()).isEqualTo(3);
    assertThat(Files.readString(index)).isEqualTo(v6);
  }

  @Test
  void titlesWithTabsNewlinesAndBackslashesSurviveTheIndex() throws IOException {
    Instant at = Instant.parse("2026-11-10T09:00:00Z");
    TranscriptRound r = Transcripts.round("odd", "t\\opic", "p99", 5, at, Transcripts.DYNAMO);
    r =
        new TranscriptRound(
            r.scenario(),
            r.sha256(),
            "Tab\there\nnew\\line\u001f",
            r.topic(),
            r.prompt(),
            r.context(),
            r.minutes(),
            r.phase(),
            r.answer(),
            r.followUps(),
            r.draft(),
            r.score());
    store().save(Transcripts.session("2026-11-10T0900-aaaaaa", Level.L7, at, r));
    SessionSummary fresh = SessionIndex.load(store()).sessions().get(0);

    SessionSummary cached = SessionIndex.load(store()).sessions().get(0);

    assertThat(cached).isEqualTo(fresh);
    assertThat(cached.rounds().get(0).title()).isEqualTo("Tab\there\nnew\\line\u001f");
  }

  @Test
  void anIndexWhoseBytesNoLongerMatchItsStampIsRebuiltSilently() throws IOException {
    String id = "2026-11-10T0900-aaaaaa";
    store().save(Transcripts.dynamo(id, "2026-11-10T09:00:00Z", "p99"));
    History before = settled();
    Path index = dir.resolve(SessionIndex.FILE);
    String good = Files.readString(index);
    // a flipped score that still parses: only the stamp tells the damage
    String damaged = good.replaceFirst("(?m)^(R\t\\d+\t\\d+\t\\d+\t)\\d+", "$17");
    assertThat(damaged).isNotEqualTo(good);
    Files.writeString(index, damaged);

    History h = SessionIndex.load(store());

    assertThat(h.sessions()).isEqualTo(before.sessions());
    assertThat(Files.readString(index)).isEqualTo(good);
  }

  @Test
  void theStampOfASettledIndexIsTheOneItsLoadGaveUntilTheFolderChanges() throws IOException {
    store().save(Transcripts.dynamo("2026-11-10T0900-aaaaaa", "2026-11-10T09:00:00Z", "p99"));
    SessionIndex.load(store());
    // the folder changed within the last two seconds: its time is not recorded, so no stamp
    assertThat(SessionIndex.load(store(), false).stamp()).isNull();
    assertThat(SessionIndex.settledStamp(dir)).isNull();

    Files.setLastModifiedTime(dir, FileTime.from(Instant.now().minusSeconds(3600)));
    String stamp = SessionIndex.load(store(), true).stamp();

    assertThat(stamp).matches("[0-9a-f]{16}");
    assertThat(SessionIndex.settledStamp(dir)).isEqualTo(stamp);
    assertThat(SessionIndex.load(store(), false).stamp()).isEqualTo(stamp);
    store().save(Transcripts.dynamo("2026-11-11T0900-bbbbbb", "2026-11-11T09:00:00Z", "p99"));
    assertThat(SessionIndex.settledStamp(dir)).isNull();
  }

  @Test
  void noFolderMeansNoHistory() {
    History h = SessionIndex.load(new SessionStore(dir.resolve("missing")));
    assertThat(h.sessions()).isEmpty();
    assertThat(h.unreadable()).isEmpty();
  }
}
