package dev.mockloop.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.mockloop.io.SafeText;
import dev.mockloop.scoring.PointCheck;
import dev.mockloop.session.DisputedPoint;
import dev.mockloop.session.StoredSession;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The output of {@code review disputes}: text grouped by point, or JSON one object per point. */
final class DisputesText {
  private DisputesText() {}

  static String render(
      List<DisputedPoint> all,
      Map<DisputedPoint, PointCheck.Result> checks,
      List<StoredSession.Unreadable> bad,
      Path dir,
      ZoneId zone,
      int width) {
    StringBuilder sb = new StringBuilder();
    if (all.isEmpty()) {
      sb.append("No disputed points in ")
          .append(dir)
          .append(
              ". On the results of a round,"
                  + " mark a missed point you did cover (c in the full-screen app; in line mode, the"
                  + " question after the results).\n");
    } else {
      long sessions = all.stream().map(DisputedPoint::sessionId).distinct().count();
      sb.append(all.size())
          .append(all.size() == 1 ? " disputed point" : " disputed points")
          .append(" in ")
          .append(sessions)
          .append(sessions == 1 ? " session" : " sessions")
          .append(": missed by the scorer, marked covered by you, with what you said.\n");
    }
    DateTimeFormatter time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z").withZone(zone);
    DisputedPoint group = null;
    for (DisputedPoint d : all) {
      if (group == null || !sameGroup(group, d)) {
        group = d;
        // transcripts are foreign text: nothing from them reaches the terminal as control
        sb.append('\n')
            .append(SafeText.line(d.scenario()))
            .append(" · ")
            .append(d.level())
            .append(" · ")
            .append(d.main() ? "main answer" : "follow-up " + SafeText.line(d.question()))
            .append(" · ")
            .append(SafeText.line(d.pointId()))
            .append('\n');
        QuestionsText.wrap(d.point(), width, "  ").forEach(l -> sb.append(l).append('\n'));
      }
      sb.append("  - ")
          .append(time.format(d.startedAt()))
          .append("  ")
          .append(SafeText.line(d.sessionId()))
          .append('\n');
      QuestionsText.wrap("\"" + d.dispute().sentence().strip() + "\"", width, "    ")
          .forEach(l -> sb.append(l).append('\n'));
      PointCheck.Result check = checks.get(d);
      if (check != null) {
        for (String line : DisputeChecks.describe(check)) {
          QuestionsText.wrap(SafeText.line(line), width, "      ")
              .forEach(l -> sb.append(l).append('\n'));
        }
      }
    }
    if (!bad.isEmpty()) {
      sb.append('\n')
          .append(bad.size())
          .append(" unreadable session file(s) not read;" + " `mockloop review list` shows why.\n");
    }
    return sb.toString();
  }

  private static boolean sameGroup(DisputedPoint a, DisputedPoint b) {
    return a.scenario().equals(b.scenario())
        && a.level() == b.level()
        && a.question().equals(b.question())
        && a.pointId().equals(b.pointId());
  }

  static String json(
      List<DisputedPoint> all,
      Map<DisputedPoint, PointCheck.Result> checks,
      List<StoredSession.Unreadable> bad)
      throws JsonProcessingException {
    List<Map<String, Object>> disputes = new ArrayList<>();
    for (DisputedPoint d : all) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("session_id", d.sessionId());
      m.put("started_at", d.startedAt().toString());
      m.put("scenario", d.scenario());
      m.put("title", d.title());
      m.put("level", d.level().name());
      m.put("question", d.question());
      m.put("point_id", d.pointId());
      m.put("point", d.point());
      m.put("sentence", d.dispute().sentence());
      m.put("start", d.dispute().start());
      m.put("end", d.dispute().end());
      m.put("marked_at", d.dispute().at().toString());
      PointCheck.Result check = checks.get(d);
      if (check != null) {
        m.put("check", check); // credited now, and per concept group what the sentence has
      }
      disputes.add(m);
    }
    List<Map<String, Object>> unreadable = new ArrayList<>();
    for (StoredSession.Unreadable u : bad) {
      unreadable.add(
          Map.of("id", u.id(), "file", Objects.toString(u.path()), "reason", u.reason()));
    }
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("disputes", disputes);
    doc.put("unreadable", unreadable);
    return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(doc);
  }
}
