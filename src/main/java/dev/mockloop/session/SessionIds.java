package dev.mockloop.session;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/**
 * Session ids: {@code 2026-11-29T0812-k3x9qa} (UTC minute, then 6 random characters). Ids from
 * outside (the command line, file names) are checked against {@link #PATTERN} so that none can name
 * a path outside the sessions folder.
 */
public final class SessionIds {
  /** What a session id may contain: no dots, no path separators. */
  public static final Pattern PATTERN = Pattern.compile("[A-Za-z0-9T:_-]{1,80}");

  private static final DateTimeFormatter MINUTE =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HHmm").withZone(ZoneOffset.UTC);
  private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789";

  private SessionIds() {}

  /** True when {@code id} is a well-formed session id. */
  public static boolean valid(String id) {
    // what PATTERN matches, by hand: the index checks every session id on every read
    if (id == null || id.isEmpty() || id.length() > 80) {
      return false;
    }
    for (int i = 0; i < id.length(); i++) {
      char c = id.charAt(i);
      if (!(c >= 'a' && c <= 'z'
          || c >= 'A' && c <= 'Z'
          || c >= '0' && c <= '9'
          || c == ':'
          || c == '_'
          || c == '-')) {
        return false;
      }
    }
    return true;
  }

  /** Throws {@link SessionException} unless {@code id} is well-formed. */
  public static String check(String id) {
    if (!valid(id)) {
      throw new SessionException(
          "invalid session id '"
              + id
              + "': ids look like "
              + "2026-11-29T0812-k3x9qa (letters, digits, '-', ':', '_'); `mockloop review list`"
              + " shows them");
    }
    return id;
  }

  /**
   * A fresh id for a session starting at {@code now}; uniqueness is ensured by the store. The
   * random part need not be secret, so it is not drawn from a {@code SecureRandom}, whose seeding
   * (the security providers) would cost a round's first save tens of milliseconds before its first
   * frame.
   */
  public static String next(Instant now) {
    StringBuilder sb = new StringBuilder(MINUTE.format(now)).append('-');
    for (int i = 0; i < 6; i++) {
      sb.append(ALPHABET.charAt(ThreadLocalRandom.current().nextInt(ALPHABET.length())));
    }
    return sb.toString();
  }
}
