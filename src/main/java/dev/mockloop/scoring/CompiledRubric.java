package dev.mockloop.scoring;

import dev.mockloop.bank.RubricPoint;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A rubric analyzed once: every point's phrases, and the word trigrams of the points' own sentences
 * and hints (to spot an answer that pastes them back).
 */
final class CompiledRubric {
  final List<RubricPoint> points;
  final List<List<Phrase>> phrases;

  /** Per point, its concept groups (empty when it has none), each a list of alternatives. */
  final List<List<List<Phrase>>> groups;

  /** Per point, the index of its ask group, or -1 ({@link Questions#askGroup}). */
  final int[] askGroups;

  /** Per point, its phrases' first terms laid out flat ({@link PointGate}). */
  final PointGate[] gates;

  /** The trigrams ({@link LongSet#trigram} keys of their terms' numbers). */
  final LongSet sentenceTrigrams;

  /** The same trigrams as text, for terms whose numbers do not fit a trigram key. */
  final WordSet trigramTexts;

  /** The terms of the points' sentences and hints: a trigram with any other term is not shared. */
  final TermBits trigramTerms;

  final int totalWeight;

  /** Per point, whether its sentence asks for a quantity ({@link Quantified}). */
  final boolean[] quantified;

  CompiledRubric(List<RubricPoint> points, TextAnalyzer analyzer) {
    this.points = List.copyOf(points);
    List<List<Phrase>> all = new ArrayList<>();
    List<List<List<Phrase>>> concepts = new ArrayList<>();
    Set<String> trigrams = new HashSet<>();
    Set<Long> keys = new HashSet<>();
    Set<String> terms = new HashSet<>();
    int total = 0;
    for (RubricPoint p : points) {
      List<Phrase> ps = new ArrayList<>();
      for (Alternative alt : withContractions(p.any())) {
        String text = alt.text();
        Phrase phrase = Phrase.of(text, analyzer, alt.spelledOut());
        if (!phrase.tokens().isEmpty()) {
          ps.add(phrase);
        }
        addInverse(ps, text, analyzer);
      }
      all.add(List.copyOf(ps));
      List<List<Phrase>> gs = new ArrayList<>();
      for (List<String> group : p.all()) {
        List<Phrase> alternatives = new ArrayList<>();
        for (Alternative alt : withContractions(group)) {
          String text = alt.text();
          Phrase phrase = Phrase.of(text, analyzer, alt.spelledOut());
          if (phrase.placeholder() != null || !phrase.tokens().isEmpty()) {
            alternatives.add(phrase);
          }
          addInverse(alternatives, text, analyzer);
        }
        gs.add(List.copyOf(alternatives));
      }
      concepts.add(List.copyOf(gs));
      for (String text : new String[] {p.point(), p.hint()}) {
        List<Token> tokens = analyzer.analyze(text);
        trigrams.addAll(trigrams(tokens));
        tokens.forEach(t -> terms.add(t.term()));
        keys.addAll(trigramKeys(tokens));
      }
      total += p.weight();
    }
    this.phrases = List.copyOf(all);
    this.groups = List.copyOf(concepts);
    this.askGroups = points.stream().mapToInt(p -> Questions.askGroup(p.all())).toArray();
    this.gates = new PointGate[points.size()];
    for (int i = 0; i < gates.length; i++) {
      gates[i] = PointGate.of(phrases.get(i), groups.get(i));
    }
    this.trigramTerms = TermBits.of(terms);
    this.sentenceTrigrams =
        LongSet.of(keys.stream().mapToLong(Long::longValue).toArray(), keys.size());
    this.trigramTexts = WordSet.copyOf(trigrams);
    this.totalWeight = total;
    this.quantified = new boolean[points.size()];
    for (int i = 0; i < quantified.length; i++) {
      quantified[i] = Quantified.asks(points.get(i).point());
    }
  }

  /**
   * The texts, each followed by its negations' other form where it has one ({@link Contractions}).
   */
  private static List<Alternative> withContractions(List<String> texts) {
    List<Alternative> out = new ArrayList<>(texts.size());
    for (String text : texts) {
      out.add(new Alternative(text, false));
      String other = Contractions.other(text);
      if (other != null && !texts.contains(other)) {
        out.add(new Alternative(other, true));
      }
    }
    return out;
  }

  /**
   * One alternative to compile: as written, or the other form of a negation in it; {@code
   * spelledOut} when that other form is the author's contraction written out ("won't see" to "will
   * not see"), whose auxiliary must stay ({@link Phrase#of(String, TextAnalyzer, boolean)}).
   */
  private record Alternative(String text, boolean spelledOut) {}

  private static void addInverse(List<Phrase> into, String text, TextAnalyzer analyzer) {
    Phrase inverse = Phrase.inverse(text, analyzer);
    if (inverse != null) {
      into.add(inverse);
    }
  }

  /** The {@link LongSet#trigram} keys of {@link #trigrams}, the terms registered. */
  private static List<Long> trigramKeys(List<Token> tokens) {
    List<Integer> content = new ArrayList<>();
    for (Token t : tokens) {
      if (!t.stop()) {
        content.add(Lexicon.register(t.term()));
      }
    }
    List<Long> out = new ArrayList<>();
    for (int i = 0; i + 2 < content.size(); i++) {
      out.add(LongSet.trigram(content.get(i), content.get(i + 1), content.get(i + 2)));
    }
    return out;
  }

  /** Trigrams of the content (non-stop) terms, in order. */
  static List<String> trigrams(List<Token> tokens) {
    List<String> content = new ArrayList<>();
    for (Token t : tokens) {
      if (!t.stop()) {
        content.add(t.term());
      }
    }
    List<String> out = new ArrayList<>();
    for (int i = 0; i + 2 < content.size(); i++) {
      out.add(content.get(i) + ' ' + content.get(i + 1) + ' ' + content.get(i + 2));
    }
    return out;
  }

  /**
   * False only when no point of the rubric can be covered: no phrase or concept alternative passes
   * its {@link PointGate} (so none has a span) and no point has a group a question can fill.
   */
  boolean mayCover(AnalyzedAnswer answer) {
    for (int i = 0; i < gates.length; i++) {
      PointGate gate = gates[i];
      if (gate.groups() > 0 && askGroups[i] >= 0) {
        return true;
      }
      for (int k = 0; k < gate.ends()[gate.groups()]; k++) {
        if (gate.mayMatch(answer, k)) {
          return true;
        }
      }
    }
    return false;
  }
}
