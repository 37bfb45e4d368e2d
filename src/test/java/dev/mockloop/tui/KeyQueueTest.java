package dev.mockloop.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.input.InputProvider;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.junit.jupiter.api.Test;

class KeyQueueTest {
  private static KeyQueue.Arrival at(char c, long nanos) {
    return new KeyQueue.Arrival(new KeyStroke(c, false, false), nanos);
  }

  @Test
  void aCharacterRightBehindAnotherIsAPasteAndOneTypedLaterIsNot() {
    KeyQueue.Arrival y = at('y', 1_000_000_000L);
    assertThat(KeyQueue.pasted(y, at('e', 1_000_020_000L))).isTrue(); // 20 microseconds
    assertThat(KeyQueue.pasted(y, at('e', 1_040_000_000L))).isFalse(); // 40 ms: a person
    assertThat(KeyQueue.pasted(y, null)).isFalse();
    KeyQueue.Arrival enter = new KeyQueue.Arrival(new KeyStroke(KeyType.Enter), 1_000_020_000L);
    assertThat(KeyQueue.pasted(y, enter)).isFalse();
  }

  @Test
  void afterWaitsForTheNextKeyOnlyWhenAskedAndOnlyBriefly() throws Exception {
    BlockingQueue<KeyStroke> typed = new ArrayBlockingQueue<>(8);
    try (KeyQueue keys = KeyQueue.start(provider(typed))) {
      typed.add(new KeyStroke('y', false, false));
      KeyQueue.Arrival y = keys.next(5_000_000_000L);
      assertThat(y.key().getCharacter()).isEqualTo('y');
      assertThat(keys.after(y, false)).isNull(); // nothing queued, no wait
      long start = System.nanoTime();
      assertThat(keys.after(y, true)).isNull(); // waited out the paste gap
      assertThat(System.nanoTime() - start).isLessThan(2_000_000_000L);
      // a key that "arrived" 2 s from now: after() waits until then for the next one, so the
      // reader thread's delay on a busy machine cannot make this test fail
      KeyQueue.Arrival e = at('e', System.nanoTime() + 2_000_000_000L - KeyQueue.PASTE_GAP_NANOS);
      typed.add(new KeyStroke('s', false, false));
      KeyQueue.Arrival s = keys.after(e, true);
      assertThat(s).isNotNull();
      assertThat(s.key().getCharacter()).isEqualTo('s');
    }
  }

  private static InputProvider provider(BlockingQueue<KeyStroke> typed) {
    return new InputProvider() {
      @Override
      public KeyStroke pollInput() {
        return typed.poll();
      }

      @Override
      public KeyStroke readInput() {
        try {
          return typed.take();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return new KeyStroke(KeyType.EOF);
        }
      }
    };
  }
}
