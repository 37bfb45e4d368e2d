package dev.mockloop.io;

import java.nio.file.Path;
import java.util.Map;

/**
 * The user's cache folder for mockloop: {@code $XDG_CACHE_HOME/mockloop}, else {@code
 * ~/.cache/mockloop}. A user bank's cache goes there when its folder cannot hold it, and so does
 * the terminal library's native part.
 */
public final class UserCache {
  private UserCache() {}

  /** The folder (not created here), or null when the environment names no home. */
  public static Path base(Map<String, String> env) {
    String xdg = env.get("XDG_CACHE_HOME");
    String home = env.get("HOME");
    Path base =
        xdg != null && !xdg.isBlank()
            ? Path.of(xdg)
            : home != null && !home.isBlank() ? Path.of(home, ".cache") : null;
    return base == null ? null : base.resolve("mockloop");
  }
}
