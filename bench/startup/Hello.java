/** Baseline for start-up benchmarks: a bare JVM printing one line. */
public final class Hello {
  public static void main(String[] args) {
    System.out.println("hello");
  }
}
