package dev.mockloop;

import java.util.Arrays;

/** Side-by-side timing for the in-process benchmarks: medians of alternating runs. */
public final class Medians {
  private Medians() {}

  /** Runs {@code measured} and {@code baseline} alternately {@code runs} times; medians in ns. */
  public static long[] sideBySide(int runs, Runnable measured, Runnable baseline) {
    measured.run(); // warm-up
    baseline.run();
    long[] m = new long[runs];
    long[] b = new long[runs];
    for (int i = 0; i < runs; i++) {
      m[i] = time(measured);
      b[i] = time(baseline);
    }
    return new long[] {median(m), median(b)};
  }

  static long time(Runnable r) {
    long start = System.nanoTime();
    r.run();
    return System.nanoTime() - start;
  }

  static long median(long[] xs) {
    long[] s = xs.clone();
    Arrays.sort(s);
    return s[s.length / 2];
  }

  /** One result line bench/run parses: name, measured, baseline, unit. */
  public static void report(String name, double measured, double baseline, String unit) {
    System.out.printf("RESULT\t%s\t%.3f\t%.3f\t%s%n", name, measured, baseline, unit);
  }
}
