package dev.mockloop.scoring;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.mockloop.bank.FollowUp;
import dev.mockloop.bank.Level;
import dev.mockloop.bank.LevelSpec;
import dev.mockloop.bank.RubricPoint;
import dev.mockloop.bank.Scenario;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Reads the shipped scenario files into records (lenient; the bank package validates them). */
final class YamlScenarios {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  private YamlScenarios() {}

  static Map<String, Scenario> load(Path dir) {
    Map<String, Scenario> out = new LinkedHashMap<>();
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
        JsonNode root = YAML.readTree(f.toFile());
        if (root == null || !root.has("levels") || !root.has("id")) {
          continue;
        }
        Map<Level, LevelSpec> levels = new EnumMap<>(Level.class);
        root.get("levels").fields().forEachRemaining(e ->
            levels.put(Level.valueOf(e.getKey()), spec(e.getValue())));
        out.put(root.get("id").asText(), new Scenario(root.get("id").asText(),
            root.get("title").asText(), root.get("topic").asText(), List.of(), "", levels,
            f.toString(), ""));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  private static LevelSpec spec(JsonNode n) {
    List<FollowUp> followUps = new ArrayList<>();
    for (JsonNode f : n.path("follow_ups")) {
      List<String> when = new ArrayList<>();
      f.path("when_missing").forEach(w -> when.add(w.asText()));
      followUps.add(new FollowUp(f.get("id").asText(), f.get("ask").asText(),
          f.path("minutes").asInt(4), when, rubric(f.get("rubric")),
          f.path("model_answer").asText("")));
    }
    return new LevelSpec(n.get("prompt").asText(), n.path("context").asText(""),
        n.get("minutes").asInt(), rubric(n.get("rubric")), followUps,
        n.path("model_answer").asText(""));
  }

  private static List<RubricPoint> rubric(JsonNode list) {
    List<RubricPoint> out = new ArrayList<>();
    for (JsonNode p : list) {
      List<String> any = new ArrayList<>();
      p.get("any").forEach(a -> any.add(a.asText()));
      out.add(new RubricPoint(p.get("id").asText(), p.get("point").asText(),
          p.path("dimension").asText("general"), p.path("weight").asInt(1), any,
          p.path("hint").asText("")));
    }
    return out;
  }
}
