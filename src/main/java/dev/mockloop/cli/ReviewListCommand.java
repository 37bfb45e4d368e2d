package dev.mockloop.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.mockloop.bank.Level;
import dev.mockloop.session.History;
import dev.mockloop.session.ListDigest;
import dev.mockloop.session.ListView;
import dev.mockloop.session.ResultCache;
import dev.mockloop.session.RoundSummary;
import dev.mockloop.session.SessionIndex;
import dev.mockloop.session.SessionSummary;
import dev.mockloop.session.StoredSession;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code mockloop review list}: saved sessions, newest first, then the unreadable files. */
@Command(
    name = "list",
    description =
        "List saved sessions, newest first: id (starting with its UTC date and time),"
            + " level, score, time answering, status, scenarios; then unreadable files and why.")
public final class ReviewListCommand implements Callable<Integer> {
  @ParentCommand ReviewCommand review;

  @Spec CommandSpec spec;

  @Option(
      names = "--level",
      paramLabel = "L6|L7",
      converter = QuestionsLevelConverter.class,
      description = "Only sessions at this level.")
  Level level;

  @Option(
      names = "--topic",
      paramLabel = "TOPIC",
      description = "Only sessions with a round on this topic.")
  String topic;

  @Option(names = "--json", description = "Print JSON instead of a table.")
  boolean json;

  @Override
  public Integer call() throws JsonProcessingException {
    return print(review.root, level, topic, json, spec.commandLine().getOut());
  }

  int print(RootCommand root, Level level, String topic, boolean json, PrintWriter out)
      throws JsonProcessingException {
    int width = QuestionsText.width(root.env());
    String options = "level=" + level + "\ttopic=" + topic + "\tjson=" + json;
    String key = ReviewCache.key(root, "list", options);
    Path dir = ReviewSupport.store(root).dir();
    byte[] kept = key == null ? null : ResultCache.bytes(dir, key); // no lambda made when kept
    if (kept == null) {
      kept = made(root, level, topic, json, width, key, dir);
    }
    CleanBytes.print(root, out, kept, 1, kept[0] == 'c');
    return 0;
  }

  /**
   * The list made afresh, after a mark byte as {@link ResultCache#bytes} gives it, and kept: the
   * table from the list digest when it is current, else from the index (the digest then written).
   */
  private static byte[] made(
      RootCommand root, Level level, String topic, boolean json, int width, String key, Path dir) {
    boolean plain = topic == null && !json;
    ListView view = plain ? ListDigest.read(dir) : null;
    byte[] table = null;
    boolean malformed = false;
    try {
      table = view == null ? null : ReviewListBytes.of(view, level, width);
    } catch (RuntimeException e) { // its CRC matched: made by another version, say
      malformed = true;
    }
    String stamp;
    if (table != null) {
      stamp = view.stamp();
    } else {
      SessionIndex.Loaded loaded = ReviewSupport.loaded(root, true);
      // settled, with a digest missing, stale or damaged (an index this load rewrote has its own)
      if (plain && loaded.stamp() != null && (malformed || ListDigest.read(dir) == null)) {
        ListDigest.write(dir, loaded.stamp(), loaded.history());
      }
      table = text(loaded, level, topic, json, width).getBytes(StandardCharsets.UTF_8);
      stamp = loaded.stamp();
    }
    byte[] out = new byte[table.length + 1];
    System.arraycopy(table, 0, out, 1, table.length);
    if (key != null && plain) { // the table's foreign text is made safe (SafeText.line)
      ResultCache.putClean(dir, key, stamp, table);
    } else if (key != null) {
      ResultCache.put(dir, key, stamp, new String(table, StandardCharsets.UTF_8));
    }
    out[0] = plain ? (byte) 'c' : (byte) 'u';
    return out;
  }

  /** The list (the table, or with {@code --json} the JSON document) from a loaded history. */
  private static String text(
      SessionIndex.Loaded loaded, Level level, String topic, boolean json, int width) {
    History h = loaded.history().filter(level, topic);
    List<SessionSummary> newest = new ArrayList<>(h.sessions());
    java.util.Collections.reverse(newest);
    try {
      return json
          ? json(newest, h.unreadable()) + System.lineSeparator()
          : ReviewListTable.of(newest, h.unreadable(), width);
    } catch (JsonProcessingException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static String json(List<SessionSummary> rows, List<StoredSession.Unreadable> bad)
      throws JsonProcessingException {
    List<Map<String, Object>> sessions = new ArrayList<>();
    for (SessionSummary s : rows) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("id", s.id());
      m.put("level", s.level().name());
      m.put("status", s.status().word());
      m.put("started_at", s.startedAt().toString());
      m.put("ended_at", s.endedAt() == null ? null : s.endedAt().toString());
      m.put("score", s.score().orElse(null));
      m.put("seconds", s.seconds());
      List<Map<String, Object>> rounds = new ArrayList<>();
      for (RoundSummary r : s.rounds()) {
        Map<String, Object> rm = new LinkedHashMap<>();
        rm.put("scenario", r.scenario());
        rm.put("title", r.title());
        rm.put("topic", r.topic());
        rm.put("score", r.score());
        rounds.add(rm);
      }
      m.put("rounds", rounds);
      sessions.add(m);
    }
    List<Map<String, Object>> unreadable = new ArrayList<>();
    for (StoredSession.Unreadable u : bad) {
      unreadable.add(Map.of("id", u.id(), "file", u.path().toString(), "reason", u.reason()));
    }
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("sessions", sessions);
    doc.put("unreadable", unreadable);
    return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(doc);
  }
}
