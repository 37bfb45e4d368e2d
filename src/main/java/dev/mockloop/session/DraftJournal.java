package dev.mockloop.session;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.zip.CRC32;

/**
 * Every keystroke's draft between two transcript saves, so that a killed process (SIGKILL, a power
 * cut of the terminal, an OOM kill) loses nothing typed. The transcript is saved at most every
 * {@link Autosaver#INTERVAL}; in between, each edit rewrites {@code .<id>.draft} beside it, in
 * place and not forced to disk (the page cache outlives the process; no temp file and rename, which
 * cost ten times as much a key). Every save of the transcript deletes the journal, which is then
 * older than what the transcript holds. {@link SessionStore#load} puts a journal's draft into the
 * transcript it belongs to: the same round and question, and newer.
 *
 * <p>Format: a header line {@code mockloop-draft 1 <question> <seconds used> <saved at, ISO-8601>
 * <text bytes> <crc32 hex>}, then the text as UTF-8. It is written in place, one positioned write
 * and then a truncate (bytes past the text, left by a kill between the two, are ignored); a torn or
 * foreign file is ignored.
 */
final class DraftJournal {
  private static final String MAGIC = "mockloop-draft 1 ";
  private static final Set<OpenOption> WRITE_OPTIONS =
      Set.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE);
  private static final FileAttribute<Set<PosixFilePermission>> OWNER_ONLY =
      PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"));
  private static final boolean POSIX =
      FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

  private DraftJournal() {}

  static Path pathOf(Path dir, String id) {
    return dir.resolve("." + id + ".draft");
  }

  /** Writes {@code draft} as the newest journal of session {@code id}. */
  static void write(Path dir, String id, Draft draft) throws IOException {
    byte[] text = draft.text().getBytes(StandardCharsets.UTF_8);
    CRC32 crc = new CRC32();
    crc.update(text);
    String header =
        MAGIC
            + draft.question()
            + ' '
            + draft.secondsUsed()
            + ' '
            + draft.savedAt()
            + ' '
            + text.length
            + ' '
            + Long.toHexString(crc.getValue())
            + '\n';
    byte[] head = header.getBytes(StandardCharsets.UTF_8);
    byte[] all = new byte[head.length + text.length];
    System.arraycopy(head, 0, all, 0, head.length);
    System.arraycopy(text, 0, all, head.length, text.length);
    try (FileChannel ch = FileChannel.open(pathOf(dir, id), WRITE_OPTIONS, ownerOnly())) {
      ByteBuffer b = ByteBuffer.wrap(all);
      while (b.hasRemaining()) {
        ch.write(b, b.position());
      }
      ch.truncate(all.length);
    }
  }

  private static FileAttribute<?>[] ownerOnly() {
    return POSIX ? new FileAttribute<?>[] {OWNER_ONLY} : new FileAttribute<?>[0];
  }

  /** Removes the journal of {@code id}; the transcript just saved holds at least as much. */
  static void delete(Path dir, String id) {
    try {
      Files.deleteIfExists(pathOf(dir, id));
    } catch (IOException | RuntimeException e) {
      // a stale journal is ignored on load (not newer than the transcript's draft)
    }
  }

  /** The journal's draft, or empty when there is none or it is torn or unreadable. */
  static Optional<Draft> read(Path dir, String id) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(pathOf(dir, id));
    } catch (IOException | RuntimeException e) { // none (the usual case), or unreadable
      return Optional.empty();
    }
    int nl = 0;
    while (nl < bytes.length && bytes[nl] != '\n') {
      nl++;
    }
    String header = new String(bytes, 0, nl, StandardCharsets.UTF_8);
    if (nl == bytes.length || !header.startsWith(MAGIC)) {
      return Optional.empty();
    }
    String[] f = header.substring(MAGIC.length()).split(" ");
    if (f.length != 5) {
      return Optional.empty();
    }
    try {
      int length = Integer.parseInt(f[3]);
      if (length < 0 || length > bytes.length - nl - 1) {
        return Optional.empty();
      }
      CRC32 crc = new CRC32();
      crc.update(bytes, nl + 1, length);
      if (crc.getValue() != Long.parseUnsignedLong(f[4], 16)) {
        return Optional.empty();
      }
      String text = new String(bytes, nl + 1, length, StandardCharsets.UTF_8);
      return Optional.of(new Draft(f[0], text, Long.parseLong(f[1]), Instant.parse(f[2])));
    } catch (RuntimeException e) { // short header, bad number, negative seconds
      return Optional.empty();
    }
  }

  /**
   * {@code t} with the journal's draft in place of its last round's, when the journal is for the
   * question that round was answering and newer than the draft the transcript saved.
   */
  static Transcript merged(Path dir, Transcript t) {
    if ((t.status() != SessionStatus.IN_PROGRESS && t.status() != SessionStatus.PAUSED)
        || t.rounds().isEmpty()) {
      return t;
    }
    TranscriptRound last = t.rounds().get(t.rounds().size() - 1);
    Draft saved = last.draft();
    if (saved == null) {
      return t;
    }
    Optional<Draft> journal = read(dir, t.id());
    if (journal.isEmpty()
        || !journal.get().question().equals(saved.question())
        || !journal.get().savedAt().isAfter(saved.savedAt())) {
      return t;
    }
    List<TranscriptRound> rounds = new ArrayList<>(t.rounds());
    rounds.set(rounds.size() - 1, last.withDraft(journal.get()));
    return t.withRounds(rounds);
  }
}
