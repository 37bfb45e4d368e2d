package dev.mockloop.scoring;

import java.io.File;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.Arrays;

/**
 * Batch scoring of two builds side by side in one JVM: bench/run's batch workload ({@link
 * ScoreRatioBench#workload}, 10,000 shuffled model-answer sentences) loaded from each build's jar
 * through its own class loader, then timed alternately (old, new, old, new, ...) after a warm-up of
 * each, so both see the same machine load and the same JVM. Prints per run and the medians, by wall
 * clock and by the thread's CPU time.
 *
 * <pre>java -XX:ActiveProcessorCount=1 -cp CLASSES dev.mockloop.scoring.ScoreVs OLD.jar NEW.jar
 *     CLASSES [ANSWERS] [RUNS]</pre>
 *
 * where CLASSES is the folder holding the compiled bench/java harnesses.
 */
public final class ScoreVs {
  private ScoreVs() {}

  public static void main(String[] args) throws Exception {
    int n = args.length > 3 ? Integer.parseInt(args[3]) : 10_000;
    int runs = args.length > 4 ? Integer.parseInt(args[4]) : 7;
    Runnable[] builds = {load(args[0], args[2], n), load(args[1], args[2], n)};
    for (Runnable b : builds) {
      b.run(); // warm-up
    }
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    double[][] wall = new double[2][runs];
    double[][] cpu = new double[2][runs];
    for (int r = 0; r < runs; r++) {
      for (int b = 0; b < 2; b++) {
        long c0 = mx.getCurrentThreadCpuTime();
        long w0 = System.nanoTime();
        builds[b].run();
        wall[b][r] = n / ((System.nanoTime() - w0) / 1e9);
        cpu[b][r] = n / ((mx.getCurrentThreadCpuTime() - c0) / 1e9);
      }
      System.out.printf(
          "run %d: old %.0f/s (%.0f/s of CPU), new %.0f/s (%.0f/s of CPU)%n",
          r + 1, wall[0][r], cpu[0][r], wall[1][r], cpu[1][r]);
    }
    System.out.printf(
        "medians of %d: old %.0f answers/s (%.0f per CPU second), new %.0f "
            + "answers/s (%.0f per CPU second), new/old %.2fx wall clock, %.2fx CPU%n",
        runs,
        median(wall[0]),
        median(cpu[0]),
        median(wall[1]),
        median(cpu[1]),
        median(wall[1]) / median(wall[0]),
        median(cpu[1]) / median(cpu[0]));
  }

  /** The workload of one build: its jar first, then the harnesses, in a loader of their own. */
  private static Runnable load(String jar, String classes, int n) throws Exception {
    URLClassLoader loader =
        new URLClassLoader(
            new URL[] {new File(jar).toURI().toURL(), new File(classes).toURI().toURL()},
            ClassLoader.getPlatformClassLoader());
    Class<?> bench = loader.loadClass("dev.mockloop.scoring.ScoreRatioBench");
    return (Runnable) bench.getMethod("workload", int.class).invoke(null, n);
  }

  private static double median(double[] values) {
    double[] v = values.clone();
    Arrays.sort(v);
    return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
  }
}
