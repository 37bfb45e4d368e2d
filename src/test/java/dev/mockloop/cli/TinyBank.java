package dev.mockloop.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A one-scenario bank (L6 only) in a temporary folder, to show any bank works. */
final class TinyBank {
  private TinyBank() {}

  static Path write(Path dir) throws IOException {
    Files.createDirectories(dir.resolve("cache"));
    Files.writeString(
        dir.resolve("cache/tiny-cache.yaml"),
        """
        id: tiny-cache
        title: A tiny cache question
        topic: caching
        levels:
          L6:
            prompt: How would you cache product pages?
            minutes: 5
            rubric:
              - id: ttl
                point: Sets a TTL that matches how often products change.
                dimension: design
                weight: 2
                any: [TTL, expiry]
                hint: Say how long entries live and why.
              - id: invalidation
                point: Invalidates on write.
                dimension: design
                any: [invalidate on write, cache invalidation]
                hint: Say what happens when a product changes.
            follow_ups:
              - id: stampede
                ask: What happens when a hot key expires?
                minutes: 3
                rubric:
                  - id: lock
                    point: Uses request coalescing or a lock.
                    dimension: design
                    any: [request coalescing, single flight, lock]
            model_answer: Cache pages for five minutes with a TTL and invalidate on write.
        """);
    return dir;
  }
}
