package dev.mockloop.session;

import java.nio.file.Path;
import java.util.Objects;

/** A session file as found in the store: readable, or unreadable with the reason. */
public sealed interface StoredSession {
  String id();

  Path path();

  /** A transcript that parsed and validated. */
  record Readable(String id, Path path, Transcript transcript) implements StoredSession {
    public Readable {
      Objects.requireNonNull(transcript, "transcript");
    }
  }

  /** A file that is not a valid transcript (hand-edited, truncated, from another tool). */
  record Unreadable(String id, Path path, String reason) implements StoredSession {
    public Unreadable {
      Objects.requireNonNull(reason, "reason");
    }
  }
}
