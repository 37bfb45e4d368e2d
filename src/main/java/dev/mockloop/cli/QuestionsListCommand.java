package dev.mockloop.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.mockloop.bank.Bank;
import dev.mockloop.bank.Level;
import dev.mockloop.bank.LevelSpec;
import dev.mockloop.bank.Listing;
import dev.mockloop.bank.Scenario;
import dev.mockloop.bank.Topics;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code mockloop questions list}: the bank's scenarios as a table or as JSON. */
@Command(name = "list", description = "List the scenarios: id, title, topic, levels and minutes.")
public final class QuestionsListCommand implements Callable<Integer> {
  @ParentCommand QuestionsCommand questions;

  @Spec CommandSpec spec;

  @Option(
      names = "--level",
      paramLabel = "L6|L7",
      converter = QuestionsLevelConverter.class,
      description = "Only scenarios that have this level.")
  Level level;

  @Option(names = "--topic", paramLabel = "TOPIC", description = "Only this topic (repeatable).")
  List<String> topics = new ArrayList<>();

  @Option(names = "--json", description = "Print JSON instead of a table.")
  boolean json;

  @Override
  public Integer call() throws JsonProcessingException {
    return print(questions.root, spec.commandLine().getOut());
  }

  /** Runs the command with these options (also {@link FastPath}'s way in, without picocli). */
  int print(RootCommand root, PrintWriter out) throws JsonProcessingException {
    if (json) { // point and follow-up counts: the full bank
      Bank bank = Banks.load(root);
      checkTopics(bank.scenarios().stream().map(Scenario::topic).toList());
      out.println(
          toJson(
              bank.scenarios().stream()
                  .filter(s -> shown(s.levels().keySet(), s.topic()))
                  .toList()));
    } else { // the table needs only the listing; plain loops, one write (a start-up path)
      List<Listing.Entry> entries = Banks.listing(root).entries();
      if (!topics.isEmpty()) {
        List<String> bankTopics = new ArrayList<>(entries.size());
        for (Listing.Entry e : entries) {
          bankTopics.add(e.topic());
        }
        checkTopics(bankTopics);
      }
      List<Listing.Entry> shown = new ArrayList<>(entries.size());
      for (Listing.Entry e : entries) {
        if (shown(e.minutes().keySet(), e.topic())) {
          shown.add(e);
        }
      }
      StringBuilder text = new StringBuilder(128 * (shown.size() + 2));
      QuestionsTable.print(shown, level, QuestionsText.width(root.env()), text);
      text.append(shown.size()).append(shown.size() == 1 ? " scenario" : " scenarios");
      out.println(text);
    }
    out.flush();
    return 0;
  }

  private boolean shown(Set<Level> levels, String topic) {
    if (level != null && !levels.contains(level)) {
      return false;
    }
    for (String t : topics) {
      if (t.equalsIgnoreCase(topic)) {
        return true;
      }
    }
    return topics.isEmpty();
  }

  private void checkTopics(List<String> bankTopics) {
    Topics.unknown(bankTopics, topics)
        .ifPresent(
            e -> {
              throw UserException.invalid(e);
            });
  }

  private String toJson(List<Scenario> scenarios) throws JsonProcessingException {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (Scenario s : scenarios) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("id", s.id());
      row.put("title", s.title());
      row.put("topic", s.topic());
      if (s.behavioral()) {
        row.put("kind", s.kind().word());
        row.put("principle", s.principle());
      }
      row.put("tags", s.tags());
      row.put("source", s.source());
      List<Map<String, Object>> levels = new ArrayList<>();
      for (Level l : s.levelSet()) {
        LevelSpec spec = s.level(l);
        Map<String, Object> lv = new LinkedHashMap<>();
        lv.put("level", l.name());
        lv.put("minutes", spec.minutes());
        lv.put("points", spec.rubric().size());
        lv.put("followUps", spec.followUps().size());
        levels.add(lv);
      }
      row.put("levels", levels);
      row.put("file", s.file());
      rows.add(row);
    }
    return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(rows);
  }
}
