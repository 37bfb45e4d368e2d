package dev.mockloop.cli;

import dev.mockloop.session.History;
import dev.mockloop.session.SessionException;
import dev.mockloop.session.SessionIds;
import dev.mockloop.session.SessionIndex;
import dev.mockloop.session.SessionStats;
import dev.mockloop.session.SessionStore;
import dev.mockloop.session.StatsView;
import dev.mockloop.session.StoredSession;
import dev.mockloop.session.Transcript;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Set;

/** What the review subcommands share: the sessions folder, the history and one transcript. */
final class ReviewSupport {
  private ReviewSupport() {}

  static SessionStore store(RootCommand root) {
    return new SessionStore(root.sessionsDir());
  }

  /** Every session, through the index; a folder that cannot be listed is exit 1. */
  static History history(RootCommand root) {
    try {
      return SessionIndex.load(store(root));
    } catch (SessionException e) {
      throw new UserException(1, e.getMessage(), e);
    }
  }

  /**
   * Every session with the index's stamp; {@code light}: without per-round points and dimensions
   * (enough for the list, and faster).
   */
  static SessionIndex.Loaded loaded(RootCommand root, boolean light) {
    try {
      return SessionIndex.load(store(root), light);
    } catch (SessionException e) {
      throw new UserException(1, e.getMessage(), e);
    }
  }

  /** What {@code review stats} shows; a folder that cannot be listed is exit 1. */
  static StatsView statsView(RootCommand root) {
    try {
      return SessionStats.view(store(root));
    } catch (SessionException e) {
      throw new UserException(1, e.getMessage(), e);
    }
  }

  /**
   * The transcript {@code id}: a malformed id (a path, say), an unknown id or an unreadable file is
   * bad input, exit 2, with what to do.
   */
  static Transcript transcript(RootCommand root, String id) {
    if (!SessionIds.valid(id)) {
      throw UserException.invalid(
          "'"
              + id
              + "' is not a session id: ids look like "
              + "2026-11-29T0812-k3x9qa (letters, digits, '-', ':', '_'; no '/' or '.');"
              + " `mockloop review list` shows them");
    }
    SessionStore store = store(root);
    StoredSession s =
        store
            .load(id)
            .orElseThrow(
                () ->
                    UserException.invalid(
                        "no session '"
                            + id
                            + "' in "
                            + store.dir()
                            + "; `mockloop review list` shows the sessions there"
                            + " (or pass --sessions DIR)"));
    if (s instanceof StoredSession.Unreadable u) {
      throw UserException.invalid("session '" + id + "' cannot be read: " + u.reason());
    }
    return ((StoredSession.Readable) s).transcript();
  }

  /** Names of UTC in the time-zone database: fixed at offset zero, now and always. */
  static final Set<String> UTC_NAMES =
      Set.of(
          "UTC",
          "Etc/UTC",
          "UCT",
          "Etc/UCT",
          "Universal",
          "Etc/Universal",
          "Zulu",
          "Etc/Zulu",
          "GMT",
          "Etc/GMT",
          "GMT0",
          "Etc/GMT0",
          "Etc/GMT+0",
          "Etc/GMT-0",
          "Greenwich",
          "Etc/Greenwich");

  /**
   * The zone {@code review stats} counts weeks in: {@link #zone}, except that a name of UTC is
   * {@link ZoneOffset#UTC} itself, the same weeks without loading the zone rules (5-10 ms of a cold
   * start).
   */
  static ZoneId weeksZone(Map<String, String> env) {
    String tz = env.get("TZ");
    String id =
        tz == null || tz.isBlank()
            ? java.util.TimeZone.getDefault().getID()
            : tz.startsWith(":") ? tz.substring(1) : tz;
    return UTC_NAMES.contains(id) ? ZoneOffset.UTC : zone(env);
  }

  /** The zone times are shown in: $TZ when it names one, else the system's. */
  static ZoneId zone(Map<String, String> env) {
    String tz = env.get("TZ");
    if (tz != null && !tz.isBlank()) {
      try {
        return ZoneId.of(tz.startsWith(":") ? tz.substring(1) : tz);
      } catch (java.time.DateTimeException ignored) {
        // fall back to the system zone
      }
    }
    return ZoneId.systemDefault();
  }
}
