package dev.mockloop.bank;

import java.nio.file.Path;

/** Writes a large, valid bank shaped like the shipped one, for load-time measurements. */
final class GeneratedBank {
  private GeneratedBank() {}

  /** {@code count} scenarios, each with L6 and L7, 9 points and 2 follow-ups per level. */
  static void write(Path dir, int count) {
    BankFixtures.write(
        dir,
        "levels.yaml",
        """
        levels:
          L6: {summary: Senior., dimensions: {analysis: a, design: d, metrics: m}}
          L7: {summary: Principal., dimensions: {strategy: s, cost: c, risk: r}}
        """);
    BankFixtures.write(
        dir, "glossary.yaml", "synonyms: [[p99, 99th percentile], [ddb, dynamodb]]\n");
    for (int i = 0; i < count; i++) {
      String id = "scenario-" + i;
      StringBuilder sb = new StringBuilder();
      sb.append("id: ")
          .append(id)
          .append("\ntitle: Generated scenario ")
          .append(i)
          .append("\ntopic: topic-")
          .append(i % 12)
          .append("\ntags: [generated, load]\nlevels:\n");
      level(sb, "L6", new String[] {"analysis", "design", "metrics"});
      level(sb, "L7", new String[] {"strategy", "cost", "risk"});
      BankFixtures.write(dir, "topic-" + (i % 12) + "/" + id + ".yaml", sb.toString());
    }
  }

  private static void level(StringBuilder sb, String level, String[] dims) {
    sb.append("  ")
        .append(level)
        .append(":\n    prompt: |\n")
        .append("      You run a service at 100K QPS with a p99 target of 10 ms.\n")
        .append("      Walk me through how you would choose the data store.\n")
        .append("    context: Reads dominate; writes peak at 5K per second.\n")
        .append("    minutes: 12\n    rubric:\n");
    points(sb, "      ", "p", 9, dims);
    sb.append("    follow_ups:\n");
    for (int f = 0; f < 2; f++) {
      sb.append("      - id: f")
          .append(f)
          .append("\n        ask: What if it grows tenfold?\n")
          .append("        minutes: 4\n        when_missing: [p0, p1]\n        rubric:\n");
      points(sb, "          ", "q", 3, dims);
      sb.append("        model_answer: Shard by key and add a cache in front.\n");
    }
    sb.append("    model_answer: |\n")
        .append(
            "      I would start from the access patterns, quantify them, and compare.\n"
                .repeat(8));
  }

  private static void points(StringBuilder sb, String indent, String prefix, int n, String[] dims) {
    for (int p = 0; p < n; p++) {
      sb.append(indent)
          .append("- id: ")
          .append(prefix)
          .append(p)
          .append('\n')
          .append(indent)
          .append("  point: States a concrete decision number ")
          .append(p)
          .append('\n')
          .append(indent)
          .append("  dimension: ")
          .append(dims[p % dims.length])
          .append('\n')
          .append(indent)
          .append("  weight: ")
          .append(1 + p % 5)
          .append('\n')
          .append(indent)
          .append("  any: [\"phrase ")
          .append(p)
          .append("a\", \"phrase ")
          .append(p)
          .append("b\", \"alias ")
          .append(p)
          .append("\"]\n")
          .append(indent)
          .append("  hint: Say the number out loud.\n");
    }
  }
}
