package dev.mockloop.scoring;

import org.apache.lucene.analysis.miscellaneous.StemmerOverrideFilter;

/** Words whose Porter stem {@link TextAnalyzer} overrides. */
final class StemFixes {
  private StemFixes() {}

  /**
   * Nouns Porter's stemmer would merge with a different word: "engine" with "engineer" ("engin"),
   * "general" with "generic" and "generate" ("gener"), "news" with "new", "manager" with "managed"
   * ("account managers" is not a managed service), "customer" with "custom", "business" with
   * "busy", "experience" with "experiment", "production" and "productivity" with "product",
   * "executive" with "execute", "important" with "import", "responsible" with "response", "several"
   * with "severe", "position" with "positive", "objection" and "objective" with "object" ("2M
   * objects" is not a target), "initiative" with "initial", "community" with "communicate",
   * "organic" with "organization", "international" with "internal", "candidate" with "candid",
   * "authority" with "author" ("experience with the tool" is not an experiment; "in production" is
   * not a product). A rubric's "one engine" must not be earned by "one engineer". "meeting" keeps
   * Porter's stem: "meeting the SLO" says "meets the SLO".
   */
  static final StemmerOverrideFilter.StemmerOverrideMap PORTER_FIXES = porterFixes();

  private static StemmerOverrideFilter.StemmerOverrideMap porterFixes() {
    StemmerOverrideFilter.Builder b = new StemmerOverrideFilter.Builder(false);
    String[][] fixes = {
      {"engine", "engine"},
      {"engines", "engine"},
      {"general", "general"},
      {"generally", "general"},
      {"generic", "generic"},
      {"news", "news"},
      {"manager", "manager"},
      {"managers", "manager"},
      {"customer", "customer"},
      {"customers", "customer"},
      {"business", "business"},
      {"businesses", "business"},
      {"busy", "busy"},
      {"experience", "experience"},
      {"experiences", "experience"},
      {"experienced", "experience"},
      {"executive", "executive"},
      {"executives", "executive"},
      {"important", "important"},
      {"importance", "important"},
      {"unimportant", "important"},
      {"organic", "organic"},
      {"several", "several"},
      {"position", "position"},
      {"positions", "position"},
      {"positioned", "position"},
      {"production", "production"},
      {"productivity", "productivity"},
      {"productive", "productivity"},
      {"responsible", "responsible"},
      {"responsibility", "responsible"},
      {"responsibilities", "responsible"},
      {"objection", "objection"},
      {"objections", "objection"},
      {"objective", "objective"},
      {"objectives", "objective"},
      {"probability", "probability"},
      {"probabilities", "probability"},
      {"community", "community"},
      {"communities", "community"},
      {"candidate", "candidate"},
      {"candidates", "candidate"},
      {"initiative", "initiative"},
      {"initiatives", "initiative"},
      {"authority", "authority"},
      {"authorities", "authority"},
    };
    for (String[] f : fixes) {
      b.add(f[0], f[1]);
    }
    try {
      return b.build();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
