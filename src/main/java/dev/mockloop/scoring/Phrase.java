package dev.mockloop.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A rubric phrase ready to match: its analyzed tokens without articles and, where enough
 * remains, without other stop words ("total cost of ownership" needs "total cost ownership";
 * "in-memory" keeps "in"). Negation cues are always kept so "no single point of failure" needs
 * its "no".
 *
 * @param text the phrase as the rubric author wrote it
 * @param tokens what must appear in the answer, in order
 * @param keys one lookup key per token (term and surface), computed once
 * @param key the whole phrase's lookup key (its tokens' keys, or the placeholder's text): two
 *     phrases with the same key match the same spans of an answer
 */
record Phrase(String text, List<Token> tokens, List<String> keys, String key) {
  private static final Set<String> ARTICLES =
      Set.of("a", "an", "the", "this", "that", "these", "those", "our", "your", "my", "their");
  private static final Set<String> CUES = Set.of("no", "not", "without", "never", "nor");

  Phrase {
    tokens = List.copyOf(tokens);
    keys = List.copyOf(keys);
  }

  Phrase(String text, List<Token> tokens) {
    this(text, tokens, tokens.stream().map(t -> t.term() + '\u0000' + t.surface()).toList());
  }

  private Phrase(String text, List<Token> tokens, List<String> keys) {
    this(text, tokens, keys, tokens.isEmpty() ? text : String.join("\u0001", keys));
  }

  /** The placeholder this phrase stands for ("money" for {@code <money>}), or null. */
  String placeholder() {
    return tokens.isEmpty() && text.startsWith("<") && text.endsWith(">")
        ? text.substring(1, text.length() - 1) : null;
  }

  static Phrase of(String text, TextAnalyzer analyzer) {
    if (text.startsWith("<") && text.endsWith(">")) {
      return new Phrase(text, List.of());
    }
    List<Token> all = analyzer.analyze(text);
    List<Token> noArticles = new ArrayList<>();
    for (Token t : all) {
      if (!ARTICLES.contains(t.surface())) {
        noArticles.add(t);
      }
    }
    List<Token> content = new ArrayList<>();
    for (Token t : noArticles) {
      if (!t.stop() || CUES.contains(t.surface())) {
        content.add(t);
      }
    }
    List<Token> chosen = content.size() >= Math.min(2, noArticles.size()) ? content : noArticles;
    return new Phrase(text, chosen.isEmpty() ? all : chosen);
  }
}
