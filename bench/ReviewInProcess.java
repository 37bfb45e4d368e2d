import dev.mockloop.cli.Main;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.Arrays;
import java.util.Map;

/**
 * Times one review command inside the JVM, from {@code Main.run} to its return: the first call (JIT
 * cold, what a user's run pays beyond JVM start-up) and the median of the next ones (warm).
 *
 * <p>Run: {@code java -cp target/mockloop.jar bench/ReviewInProcess.java DIR list|stats [RUNS]}
 */
public final class ReviewInProcess {
  public static void main(String[] args) {
    String dir = args[0];
    String what = args[1];
    int runs = args.length > 2 ? Integer.parseInt(args[2]) : 5;
    PrintWriter sink = new PrintWriter(Writer.nullWriter());
    long[] ms = new long[runs + 1];
    for (int i = 0; i <= runs; i++) {
      long t0 = System.nanoTime();
      int status = Main.run(new String[] {"--sessions", dir, "review", what}, sink, sink, Map.of());
      ms[i] = (System.nanoTime() - t0) / 1_000_000;
      if (status != 0) {
        throw new IllegalStateException("review " + what + " exited " + status);
      }
    }
    long[] warm = Arrays.copyOfRange(ms, 1, ms.length);
    Arrays.sort(warm);
    System.out.printf(
        "review %-5s in-process: first call %d ms, then median %d ms%n",
        what, ms[0], warm[warm.length / 2]);
  }
}
