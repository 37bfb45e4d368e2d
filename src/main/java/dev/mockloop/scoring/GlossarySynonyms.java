package dev.mockloop.scoring;

import dev.mockloop.bank.Glossary;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.util.CharsRef;
import org.apache.lucene.util.CharsRefBuilder;

/**
 * The glossary's synonym groups, their members analysed by the chain before the synonyms: as {@link
 * Synonyms} for the analyzer, or as a Lucene {@link SynonymMap} (the same rules for Lucene's {@code
 * SynonymGraphFilter}, which {@code SynonymsTest} compares against).
 */
final class GlossarySynonyms {
  private GlossarySynonyms() {}

  /**
   * The synonyms: groups that share a member (after analysis) are merged, and every member maps to
   * the token {@code syn_<N>} for its group, which the tokenizer can never produce (it splits words
   * at underscores). Null when no group has two members.
   */
  static Synonyms build(Glossary glossary, Analyzer base) {
    Synonyms out = new Synonyms();
    boolean any = false;
    List<List<CharsRef>> groups = groups(glossary, base);
    for (int g = 0; g < groups.size(); g++) {
      if (groups.get(g).size() < 2) {
        continue;
      }
      for (CharsRef member : groups.get(g)) {
        out.add(
            List.of(member.toString().split(String.valueOf(SynonymMap.WORD_SEPARATOR))),
            "syn_" + g);
        any = true;
      }
    }
    return any ? out : null;
  }

  /** The same rules as a Lucene {@link SynonymMap}, or null when no group has two members. */
  static SynonymMap map(Glossary glossary, Analyzer base) {
    SynonymMap.Parser parser = parser(base);
    List<List<CharsRef>> groups = groups(glossary, base);
    boolean any = false;
    for (int g = 0; g < groups.size(); g++) {
      if (groups.get(g).size() < 2) {
        continue;
      }
      CharsRef canonical = new CharsRef("syn_" + g);
      for (CharsRef member : groups.get(g)) {
        parser.add(member, canonical, false);
        any = true;
      }
    }
    try {
      return any ? parser.build() : null;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static SynonymMap.Parser parser(Analyzer base) {
    return new SynonymMap.Parser(true, base) {
      @Override
      public void parse(Reader in) {
        throw new UnsupportedOperationException();
      }
    };
  }

  /** The groups' analysed members, groups that share a member merged, each member once. */
  private static List<List<CharsRef>> groups(Glossary glossary, Analyzer base) {
    SynonymMap.Parser parser = parser(base);
    Map<String, Integer> groupOf = new LinkedHashMap<>();
    List<List<CharsRef>> groups = new ArrayList<>();
    for (List<String> group : glossary.synonyms()) {
      List<CharsRef> members = new ArrayList<>();
      for (String phrase : group) {
        CharsRef analyzed = analyzeMember(parser, phrase);
        if (analyzed != null) {
          members.add(analyzed);
        }
      }
      Integer target = null;
      for (CharsRef m : members) {
        target = target == null ? groupOf.get(m.toString()) : target;
      }
      if (target == null) {
        target = groups.size();
        groups.add(new ArrayList<>());
      }
      for (CharsRef m : members) {
        Integer old = groupOf.putIfAbsent(m.toString(), target);
        if (old == null) {
          groups.get(target).add(m);
        }
      }
    }
    return groups;
  }

  private static CharsRef analyzeMember(SynonymMap.Parser parser, String phrase) {
    try {
      return parser.analyze(phrase, new CharsRefBuilder());
    } catch (IllegalArgumentException | IOException e) {
      return null; // a member that analyzes to nothing (e.g. only punctuation) cannot match
    }
  }
}
