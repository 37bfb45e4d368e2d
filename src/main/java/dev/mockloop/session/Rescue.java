package dev.mockloop.session;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The place of last resort for a transcript the sessions folder would not take: the system property
 * {@code mockloop.rescue}, else {@code $MOCKLOOP_RESCUE}, else {@code mockloop-rescue} under the
 * system temporary folder. Written atomically like every transcript; {@code mockloop --sessions DIR
 * review} reads it from there.
 */
final class Rescue {
  private Rescue() {}

  static Path dir() {
    String env = System.getProperty("mockloop.rescue", System.getenv("MOCKLOOP_RESCUE"));
    return env != null && !env.isBlank()
        ? Path.of(env)
        : Path.of(System.getProperty("java.io.tmpdir"), "mockloop-rescue");
  }

  /** Writes {@code t} as {@code <rescue dir>/<id>.yaml}; returns the path. */
  static Path write(Transcript t) throws IOException {
    Path dir = dir();
    Files.createDirectories(dir);
    Path target = dir.resolve(t.id() + ".yaml");
    AtomicFiles.write(target, TranscriptYaml.write(t));
    return target;
  }
}
