package dev.mockloop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link Utf8Writer} writes the bytes {@code new PrintWriter(stream, true, UTF_8)} wrote, however
 * the text is cut into writes (a surrogate pair split between two included), holds small writes
 * until a flush and sends long text on in one write.
 */
class Utf8WriterTest {
  private static final String[] PIECES = {
    "plain ", "caf\u00e9 ", "\u2014", "\ud83d\ude00", "\ud83d", "\ude00", "\n", "\t", "x", "\u00ff"
  };

  /** The bytes of {@code text} written in the given cuts through the writer that was replaced. */
  private static byte[] before(String text, int[] cuts) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintWriter w = new PrintWriter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8), true);
    write(w, text, cuts);
    w.close();
    return bytes.toByteArray();
  }

  private static byte[] now(String text, int[] cuts) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintWriter w = new PrintWriter(new Utf8Writer(bytes), true);
    write(w, text, cuts);
    w.close();
    return bytes.toByteArray();
  }

  private static void write(PrintWriter w, String text, int[] cuts) {
    int from = 0;
    for (int cut : cuts) {
      w.write(text, from, cut - from);
      from = cut;
    }
    w.write(text, from, text.length() - from);
  }

  @Test
  void theSameBytesAsBeforeWhereverTheTextIsCut() {
    Random random = new Random(42);
    for (int round = 0; round < 500; round++) {
      StringBuilder sb = new StringBuilder();
      for (int i = random.nextInt(40); i > 0; i--) {
        sb.append(PIECES[random.nextInt(PIECES.length)]);
      }
      String text = sb.toString();
      int[] cuts = random.ints(random.nextInt(5), 0, text.length() + 1).sorted().toArray();
      assertThat(now(text, cuts)).as(text).isEqualTo(before(text, cuts));
    }
  }

  @Test
  void aPairSplitBetweenTwoWritesIsJoined() {
    String text = "a\ud83d\ude00b";
    assertThat(now(text, new int[] {2})).isEqualTo(text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void smallWritesWaitForAFlushAndLongTextGoesInOneWrite() {
    int[] writes = new int[1];
    ByteArrayOutputStream bytes =
        new ByteArrayOutputStream() {
          @Override
          public synchronized void write(byte[] b, int off, int len) {
            writes[0]++;
            super.write(b, off, len);
          }
        };
    PrintWriter w = new PrintWriter(new Utf8Writer(bytes), false);
    w.print("short");
    w.print(" text");
    assertThat(bytes.size()).isZero();
    w.flush();
    assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo("short text");
    assertThat(writes[0]).isEqualTo(1);
    String table = "row of a long table\n".repeat(10_000);
    w.print(table);
    assertThat(writes[0]).isEqualTo(2);
    w.flush();
    assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo("short text" + table);
  }
}
