package dev.mockloop.session;

import dev.mockloop.engine.Loop;
import dev.mockloop.engine.MutableClock;
import dev.mockloop.engine.RoundEvent;
import java.nio.file.Path;
import java.time.Clock;

/**
 * Test program run in a child JVM by {@link KillDuringTypingTest}: types one word every 50 ms into
 * a live session (real clock), ticking like a front end, until it is killed.
 */
public final class CrashWriter {
  private CrashWriter() {}

  public static void main(String[] args) throws Exception {
    Clock clock = Clock.systemUTC();
    Loop loop = Sessions.dynamoLoop(new MutableClock(clock.instant()));
    LiveSession live = LiveSession.start(new SessionStore(Path.of(args[0])), loop, clock);
    System.out.println("id " + live.id());
    StringBuilder text = new StringBuilder();
    for (int i = 1; ; i++) {
      text.append("w").append(i).append(' ');
      loop.current().on(RoundEvent.edit(text.toString()));
      live.edited();
      System.out.println("typed " + i);
      System.out.flush();
      Thread.sleep(50);
      live.tick();
    }
  }
}
