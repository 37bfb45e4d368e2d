package dev.mockloop.cli;

import dev.mockloop.bank.Level;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The look-up commands people run most, {@code questions list}, {@code review list} and {@code
 * review stats}, {@code practice} with {@code --level}, {@code --topic} and {@code --scenario}, and
 * the home screen (root options and no command), run without picocli's command model. Building that
 * model costs more than these commands do (picocli ships Java 5 class files, which the AppCDS
 * archive cannot hold, so every start loads and initialises them afresh). Only the plain forms are
 * taken: the root options {@code --questions DIR}, {@code --sessions DIR}, {@code --no-color},
 * {@code --debug}, the two command words and the command's own options, the root options before or
 * after the command words, each value as its own word and valid. Anything else (help, {@code
 * --opt=value}, a bad level, a repeated option, a typo) returns null, and picocli parses it and
 * gives its usual messages. Execution is the command's own code.
 */
final class FastPath {
  private FastPath() {}

  /** The exit status, or null when picocli should take these arguments. */
  static Integer run(String[] args, PrintWriter out, PrintWriter err, Map<String, String> env) {
    return run(
        args, new CliContext(env, InputStream.nullInputStream(), out, err, Clock.systemUTC()));
  }

  /** As above, with the run's context. */
  static Integer run(String[] args, CliContext context) {
    PrintWriter out = context.out();
    PrintWriter err = context.err();
    RootCommand root = new RootCommand(context);
    int i = 0;
    while (i < args.length && args[i].startsWith("-")) {
      i = rootOption(args, i, root);
      if (i < 0) {
        return null;
      }
    }
    if (args.length == 0) {
      return null; // Main opens the home screen for no arguments before it asks here
    }
    if (i == args.length) { // root options only: the home screen, as RootCommand#call opens it
      try {
        return root.call();
      } catch (Exception e) {
        return Cli.report(e, err, root.debug());
      }
    }
    boolean practice = args[i].equals("practice") || args[i].equals("practise");
    if (!practice && args.length - i < 2) {
      return null;
    }
    String command = practice ? "practice" : args[i] + " " + args[i + 1];
    Options o = Options.parse(args, i + (practice ? 1 : 2), root);
    if (o == null || (!practice && !o.scenarios.isEmpty()) || (practice && o.json)) {
      return null;
    }
    // a look-up's lines go out together at the end, not one write (and flush) per line
    PrintWriter lines = practice ? out : new PrintWriter(out, false);
    try {
      return run(command, o, root, lines, err);
    } finally {
      lines.flush();
    }
  }

  private static Integer run(
      String command, Options o, RootCommand root, PrintWriter out, PrintWriter err) {
    try {
      switch (command) {
        case "practice" -> {
          PracticeCommand c = new PracticeCommand();
          c.level = o.level;
          c.topics = o.topics;
          c.scenarios = o.scenarios;
          return c.run(root, out, err);
        }
        case "questions list" -> {
          QuestionsListCommand c = new QuestionsListCommand();
          c.level = o.level;
          c.topics = o.topics;
          c.json = o.json;
          return c.print(root, out);
        }
        case "review list" -> {
          return o.topics.size() > 1
              ? null
              : new ReviewListCommand()
                  .print(root, o.level, o.topics.isEmpty() ? null : o.topics.get(0), o.json, out);
        }
        case "review stats" -> {
          if (o.json || !o.topics.isEmpty()) {
            return null;
          }
          ReviewStatsCommand c = new ReviewStatsCommand();
          c.level = o.level;
          return c.print(root, out);
        }
        default -> {
          return null;
        }
      }
    } catch (Exception e) {
      return Cli.report(e, err, root.debug());
    }
  }

  /**
   * The root option at {@code args[i]} set on {@code root}: the index after it, or -1 when it is
   * not one, lacks its value or was given already (picocli says what is wrong).
   */
  private static int rootOption(String[] args, int i, RootCommand root) {
    GlobalOptions o = root.options;
    try {
      switch (args[i]) {
        case "--questions" -> {
          if (o.questions != null) {
            return -1;
          }
          o.questions = Path.of(value(args, i + 1));
          return i + 2;
        }
        case "--sessions" -> {
          if (o.sessions != null) {
            return -1;
          }
          o.sessions = Path.of(value(args, i + 1));
          return i + 2;
        }
        case "--no-color" -> o.noColor = true;
        case "--debug" -> o.debug = true;
        default -> {
          return -1;
        }
      }
    } catch (IllegalArgumentException e) { // InvalidPathException included
      return -1;
    }
    return i + 1;
  }

  /** An option's value: present and not itself an option. */
  private static String value(String[] args, int i) {
    if (i >= args.length || args[i].startsWith("-")) {
      throw new IllegalArgumentException("no value");
    }
    return args[i];
  }

  /**
   * {@code --level L}, {@code --topic T} and {@code --scenario ID} (both repeatable), {@code
   * --json}, in any order.
   */
  private record Options(Level level, List<String> topics, List<String> scenarios, boolean json) {
    static Options parse(String[] args, int from, RootCommand root) {
      Level level = null;
      List<String> topics = new ArrayList<>();
      List<String> scenarios = new ArrayList<>();
      boolean json = false;
      for (int i = from; i < args.length; i++) {
        switch (args[i]) {
          case "--level" -> {
            Optional<Level> l = i + 1 < args.length ? Level.parse(args[++i]) : Optional.empty();
            if (level != null || l.isEmpty()) {
              return null;
            }
            level = l.get();
          }
          case "--topic", "--scenario" -> {
            if (i + 1 >= args.length || args[i + 1].startsWith("-")) {
              return null;
            }
            (args[i].equals("--topic") ? topics : scenarios).add(args[++i]);
          }
          case "--json" -> {
            if (json) {
              return null;
            }
            json = true;
          }
          default -> {
            int next = rootOption(args, i, root);
            if (next < 0) {
              return null;
            }
            i = next - 1;
          }
        }
      }
      return new Options(level, topics, scenarios, json);
    }
  }
}
