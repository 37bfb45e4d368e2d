package dev.mockloop.bank;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The checks that need the whole bank: scenario ids unique across files, and dimensions used only
 * once (usually a misspelling). Files are added in path order so messages are stable.
 */
final class BankChecks {
  private final List<Problem> problems;
  private final Set<String> listedDimensions = new TreeSet<>();
  private final Map<String, ScenarioParser.Parsed> byId = new LinkedHashMap<>();
  private final Map<String, String> fileOfId = new HashMap<>();
  private final List<Scenario> valid = new ArrayList<>();
  private final Map<String, List<FileContext.DimensionUse>> dimensions = new LinkedHashMap<>();

  BankChecks(List<Problem> problems, LevelGuide guide) {
    this.problems = problems;
    for (Level level : Level.values()) {
      listedDimensions.addAll(guide.dimensions(level).keySet());
    }
    listedDimensions.addAll(guide.behavioral().keySet());
  }

  /** Adds one file's parse result and its own problems. */
  void add(
      ScenarioParser.Parsed parsed,
      List<Problem> fileProblems,
      List<FileContext.DimensionUse> uses) {
    problems.addAll(fileProblems);
    for (FileContext.DimensionUse use : uses) {
      dimensions.computeIfAbsent(use.dimension(), d -> new ArrayList<>()).add(use);
    }
    YamlNode.Scalar id = parsed.id();
    String file = parsed.file();
    if (id == null) {
      return;
    }
    ScenarioParser.Parsed first = byId.putIfAbsent(id.text(), parsed);
    if (first != null) {
      YamlNode.Scalar firstId = first.id();
      String firstFile = fileOfId.get(id.text());
      problems.add(
          Problem.error(
              file,
              id.line(),
              id.column(),
              "duplicate scenario id '"
                  + id.text()
                  + "': also used in "
                  + firstFile
                  + ":"
                  + firstId.line()
                  + ":"
                  + firstId.column()
                  + "; ids must be unique in the bank"));
      return;
    }
    fileOfId.put(id.text(), file);
    if (parsed.scenario() != null) {
      valid.add(parsed.scenario());
    }
  }

  /** Adds the bank-wide warnings and returns the scenarios that are valid and unique. */
  List<Scenario> finish() {
    for (var e : dimensions.entrySet()) {
      if (e.getValue().size() == 1 && !listedDimensions.contains(e.getKey())) {
        FileContext.DimensionUse use = e.getValue().get(0);
        Set<String> others = new TreeSet<>(dimensions.keySet());
        others.remove(e.getKey());
        others.addAll(listedDimensions);
        problems.add(
            Problem.warning(
                use.file(),
                use.line(),
                use.column(),
                "dimension '"
                    + e.getKey()
                    + "' is used only once in the bank"
                    + Suggest.didYouMean(e.getKey(), others)
                    + " (per-dimension scores compare best when points share dimensions)"));
      }
    }
    return valid;
  }
}
