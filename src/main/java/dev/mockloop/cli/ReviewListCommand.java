package dev.mockloop.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.mockloop.bank.Level;
import dev.mockloop.session.History;
import dev.mockloop.session.RoundSummary;
import dev.mockloop.session.SessionIndex;
import dev.mockloop.session.SessionSummary;
import dev.mockloop.session.StoredSession;
import java.io.PrintWriter;
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
    String text = ReviewCache.cached(root, "list", options); // first, so no lambda is made
    if (text == null) {
      text =
          ReviewCache.output(
              root,
              "list",
              options,
              light -> ReviewSupport.loaded(root, light),
              l -> text(l, level, topic, json, width));
    }
    out.print(text);
    out.flush();
    return 0;
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
