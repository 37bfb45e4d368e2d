package dev.mockloop.session;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mockloop.engine.FakeScorer;
import dev.mockloop.engine.MutableClock;
import dev.mockloop.engine.RoundEvent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The draft journal: what a killed session offers back, and journals it must not trust. */
class DraftJournalTest {
  @TempDir Path dir;
  private final MutableClock clock = MutableClock.at("2026-12-02T08:00:00Z");

  private SessionStore store() {
    return new SessionStore(dir);
  }

  /** A session killed 1 s after its last transcript save, with {@code typed} since then. */
  private String killedWhileTyping(String saved, String typed) throws Exception {
    PracticeRun run = Sessions.dynamoRun(store(), new FakeScorer(), clock);
    run.on(RoundEvent.edit(saved));
    clock.advanceSeconds(1);
    run.on(RoundEvent.edit(typed));
    run.close(); // the lock goes and nothing more is saved: as after SIGKILL
    return run.saves().id();
  }

  private String offeredDraft() {
    return store().unfinished().get(0).draft().orElseThrow().text();
  }

  @Test
  void theOfferAfterAKillHasTheLastKeystrokeWithItsWordCount() throws Exception {
    killedWhileTyping("Shard by customer", "Shard by customer id, 64 partitions");
    assertThat(offeredDraft()).isEqualTo("Shard by customer id, 64 partitions");
    assertThat(store().unfinished().get(0).draft().orElseThrow().words()).isEqualTo(6);
  }

  @Test
  void keepingTheSessionAsRecoveredWritesTheJournalsDraftIntoTheTranscript() throws Exception {
    String id = killedWhileTyping("one", "one two three");
    Transcript kept = store().keep(store().unfinished().get(0), clock.instant());
    assertThat(kept.status()).isEqualTo(SessionStatus.RECOVERED);
    assertThat(DraftJournal.pathOf(dir, id)).doesNotExist();
    Transcript reread = ((StoredSession.Readable) store().load(id).orElseThrow()).transcript();
    assertThat(reread.draft().orElseThrow().text()).isEqualTo("one two three");
  }

  @Test
  void aTornJournalIsIgnoredAndTheTranscriptsDraftStays() throws Exception {
    String id = killedWhileTyping("saved words", "saved words and more typed after");
    Path journal = DraftJournal.pathOf(dir, id);
    byte[] whole = Files.readAllBytes(journal);
    Files.write(journal, Arrays.copyOf(whole, whole.length - 5)); // cut short mid-write
    assertThat(offeredDraft()).isEqualTo("saved words");
  }

  @Test
  void aJournalWhoseTextDoesNotMatchItsChecksumIsIgnored() throws Exception {
    String id = killedWhileTyping("saved words", "saved words and more");
    Path journal = DraftJournal.pathOf(dir, id);
    String s = Files.readString(journal, StandardCharsets.UTF_8);
    Files.writeString(journal, s.replace("and more", "and MORE"), StandardCharsets.UTF_8);
    assertThat(offeredDraft()).isEqualTo("saved words");
  }

  @Test
  void aJournalForAnotherQuestionOrOlderThanTheTranscriptIsIgnored() throws Exception {
    String id = killedWhileTyping("saved words", "saved words and more");
    Instant old = Instant.parse("2026-12-02T07:00:00Z");
    DraftJournal.write(dir, id, new Draft("main", "an older draft", 3, old));
    assertThat(offeredDraft()).isEqualTo("saved words");
    DraftJournal.write(dir, id, new Draft("some-follow-up", "for a follow-up", 3, clock.instant()));
    assertThat(offeredDraft()).isEqualTo("saved words");
  }

  @Test
  void aForeignFileInThePlaceOfTheJournalIsIgnored() throws Exception {
    String id = killedWhileTyping("saved words", "saved words and more");
    Files.writeString(DraftJournal.pathOf(dir, id), "not a journal\nsaved words and more");
    assertThat(offeredDraft()).isEqualTo("saved words");
    Files.writeString(DraftJournal.pathOf(dir, id), "mockloop-draft 1 main 3\nx");
    assertThat(offeredDraft()).isEqualTo("saved words");
  }

  @Test
  void aLongerOldJournalLeftPastTheTextByAKillBeforeTheTruncateIsIgnored() throws Exception {
    String id = killedWhileTyping("saved", "saved words and more");
    Path journal = DraftJournal.pathOf(dir, id);
    byte[] longer = Files.readAllBytes(journal);
    DraftJournal.write(dir, id, new Draft("main", "saved words", 2, clock.instant()));
    byte[] shorter = Files.readAllBytes(journal);
    byte[] torn = Arrays.copyOf(shorter, longer.length); // the write landed, the truncate did not
    System.arraycopy(longer, shorter.length, torn, shorter.length, longer.length - shorter.length);
    Files.write(journal, torn);
    assertThat(offeredDraft()).isEqualTo("saved words");
  }

  @Test
  void theJournalIsReadableByItsOwnerOnly() throws Exception {
    String id = killedWhileTyping("saved", "saved words");
    assertThat(Files.getPosixFilePermissions(DraftJournal.pathOf(dir, id)))
        .containsExactlyInAnyOrder(
            java.nio.file.attribute.PosixFilePermission.OWNER_READ,
            java.nio.file.attribute.PosixFilePermission.OWNER_WRITE);
  }

  @Test
  void theJournalKeepsTextExactlyAsTyped() throws Exception {
    String typed = "Línea uno\n\n  indented – ünïcode ✓ 🚀\ttab\r\nend ";
    killedWhileTyping("L", typed);
    assertThat(offeredDraft()).isEqualTo(typed);
  }
}
