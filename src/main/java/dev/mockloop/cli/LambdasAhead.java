package dev.mockloop.cli;

import java.util.function.Supplier;

/**
 * The JDK's lambda machinery (about 120 classes of {@code java.lang.invoke} set up, a method handle
 * class generated) made on a thread of its own as a round starts, so that the main thread's first
 * lambda, made while the terminal opens, finds it made. Until branch ubank10 the bank's reflective
 * codecs did this on their thread by chance; without them the main thread paid it before its first
 * frame (-Xlog:class+load: {@code LambdaMetafactory} to the first lambda, 10-34 ms at load 4-8). A
 * start-up trick, kept in {@code cli} with the others ({@link BankInBackground}).
 */
final class LambdasAhead implements Runnable {
  private LambdasAhead() {}

  /** Starts setting it up; whoever makes a lambda meanwhile waits for the JDK's class set-up. */
  static void start() {
    Thread t = new Thread(new LambdasAhead(), "mockloop-lambdas");
    t.setDaemon(true);
    t.start();
  }

  @Override
  public void run() {
    try {
      Supplier<String> first = () -> "ready";
      first.get();
    } catch (RuntimeException | LinkageError e) {
      // the main thread's first lambda meets the same failure, and reports it
    }
  }
}
