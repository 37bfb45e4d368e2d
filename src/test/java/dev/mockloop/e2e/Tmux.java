package dev.mockloop.e2e;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * A real terminal for end-to-end tests: a tmux server on its own socket ({@code -L}), one session
 * running the command under test. Waits poll {@code capture-pane} with deadlines; close kills the
 * server.
 */
public final class Tmux implements AutoCloseable {
  private final String socket = "mle2e-" + UUID.randomUUID().toString().substring(0, 8);
  private String lastScreen = "";

  /**
   * When keys may be sent again: a moment after the last look at the screen ({@link #screen}, which
   * every wait calls), as a person reads it first. The program drops keys that come within 400 ms
   * of a new screen after a submit (typed ahead for the old one: tui.TypeAhead, line.TypedAhead); a
   * test that sends at once would lose them.
   */
  private long readyAt = System.nanoTime();

  private static final long READ_NANOS = 600_000_000L;

  private void lookFirst() throws InterruptedException {
    long wait = readyAt - System.nanoTime();
    if (wait > 0) {
      Thread.sleep(wait / 1_000_000L + 1);
    }
  }

  /**
   * For tests written before the self-rating step (they expect the score right after the last
   * answer): the sessions folder remembers "don't ask again", as the user's {@code n} would.
   */
  public static void skipSelfRating(Path sessions) throws IOException {
    java.nio.file.Files.createDirectories(sessions);
    java.nio.file.Files.writeString(sessions.resolve(".state"), "self_rate=off\n");
  }

  /** Starts {@code command} (a shell command line) in a {@code cols}x{@code rows} window. */
  public Tmux(Path cwd, String command, int cols, int rows) throws IOException {
    // keep the pane open after the program exits so its last words can be read
    String wrapped = command + "; echo \"EXIT=$?\"; sleep 600";
    run(
        "new-session",
        "-d",
        "-s",
        "app",
        "-x",
        String.valueOf(cols),
        "-y",
        String.valueOf(rows),
        "-c",
        cwd.toString(),
        wrapped);
  }

  /** Types text literally, in chunks with short pauses as a fast typist would. */
  public void type(String text) throws IOException, InterruptedException {
    lookFirst();
    for (int i = 0; i < text.length(); i += 100) {
      // "--" ends the options, so a chunk that starts with "-" is typed, not parsed as a flag
      run(
          "send-keys",
          "-t",
          "app",
          "-l",
          "--",
          text.substring(i, Math.min(text.length(), i + 100)));
      Thread.sleep(30);
    }
  }

  /**
   * Pastes {@code text} as a terminal does: all of it written to the program at once (tmux's {@code
   * load-buffer} and {@code paste-buffer}; a line break arrives as Enter).
   */
  public void paste(String text) throws IOException, InterruptedException {
    lookFirst();
    Path file = Files.createTempFile("mle2e-paste", ".txt");
    try {
      Files.writeString(file, text, StandardCharsets.UTF_8);
      run("load-buffer", "-b", "paste", file.toString());
      run("paste-buffer", "-d", "-b", "paste", "-t", "app");
    } finally {
      Files.deleteIfExists(file);
    }
  }

  /** Sends named keys (tmux names: Enter, C-d, F10, PageDown, ...). */
  /** Resizes the window, as a user dragging the terminal's corner (the program gets SIGWINCH). */
  public void resize(int cols, int rows) throws IOException {
    run("resize-window", "-t", "app", "-x", String.valueOf(cols), "-y", String.valueOf(rows));
  }

  public void keys(String... keys) throws IOException, InterruptedException {
    lookFirst();
    List<String> args = new ArrayList<>(List.of("send-keys", "-t", "app"));
    args.addAll(List.of(keys));
    run(args.toArray(String[]::new));
  }

  public String screen() throws IOException {
    lastScreen = run("capture-pane", "-t", "app", "-p");
    readyAt = System.nanoTime() + READ_NANOS;
    return lastScreen;
  }

  /** The screen with its colours and attributes as escape sequences ({@code capture-pane -e}). */
  public String screenWithStyles() throws IOException {
    return run("capture-pane", "-t", "app", "-p", "-e");
  }

  /** Waits until the screen contains {@code text}; fails with the last screen otherwise. */
  /** Waits until one capture shows every text (a frame can be captured half drawn). */
  public String waitForAll(Duration timeout, String... texts) throws Exception {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      String s = screen();
      if (java.util.Arrays.stream(texts).allMatch(s::contains)) {
        return s;
      }
      Thread.sleep(100);
    }
    throw new AssertionError(
        "screen never showed all of "
            + java.util.Arrays.toString(texts)
            + " within "
            + timeout
            + "; last screen:\n"
            + lastScreen);
  }

  public String waitFor(String text, Duration timeout) throws Exception {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      String s = screen();
      if (s.contains(text)) {
        return s;
      }
      Thread.sleep(100);
    }
    throw new AssertionError(
        "screen never showed \"" + text + "\" within " + timeout + "; last screen:\n" + lastScreen);
  }

  /** The pid of the process running in the pane (the shell that runs the command). */
  public long panePid() throws IOException {
    return Long.parseLong(run("list-panes", "-t", "app", "-F", "#{pane_pid}").trim());
  }

  /** The column of the pane's cursor (0-based). */
  public int cursorColumn() throws IOException {
    return Integer.parseInt(run("display-message", "-p", "-t", "app", "#{cursor_x}").trim());
  }

  /** Saves the current screen under target/e2e-screens for the record. */
  public void saveScreen(String name) throws IOException {
    Path dir = Path.of("target", "e2e-screens");
    Files.createDirectories(dir);
    Files.writeString(dir.resolve(name + ".txt"), screen(), StandardCharsets.UTF_8);
  }

  private String run(String... args) throws IOException {
    List<String> cmd = new ArrayList<>(List.of("tmux", "-L", socket));
    cmd.addAll(List.of(args));
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    try {
      byte[] out = p.getInputStream().readAllBytes();
      if (!p.waitFor(10, TimeUnit.SECONDS) || p.exitValue() != 0) {
        throw new IOException(
            "tmux "
                + String.join(" ", args)
                + " failed: "
                + new String(out, StandardCharsets.UTF_8));
      }
      return new String(out, StandardCharsets.UTF_8);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    } finally {
      p.destroy();
    }
  }

  @Override
  public void close() {
    // the app saves from its shutdown hook when the server's SIGHUP reaches it: wait for it (and
    // anything it started) to exit, so a test's @TempDir is not deleted while it still writes there
    List<ProcessHandle> running = new ArrayList<>();
    try {
      ProcessHandle.of(panePid())
          .ifPresent(
              pane -> {
                running.add(pane);
                pane.descendants().forEach(running::add);
              });
    } catch (IOException | RuntimeException e) {
      // no pane any more: nothing to wait for
    }
    try {
      new ProcessBuilder("tmux", "-L", socket, "kill-server")
          .redirectErrorStream(true)
          .start()
          .waitFor(10, TimeUnit.SECONDS);
      for (ProcessHandle p : running) {
        p.onExit().get(10, TimeUnit.SECONDS);
      }
    } catch (IOException | InterruptedException | java.util.concurrent.ExecutionException e) {
      // the server may already be gone
    } catch (java.util.concurrent.TimeoutException e) {
      running.forEach(ProcessHandle::destroyForcibly);
    }
  }
}
