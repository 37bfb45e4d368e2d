package dev.mockloop.bank;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What a question file asks: a design scenario (the default) or a behavioural Leadership Principle
 * question ("Tell me about a time..."), written {@code kind: behavioral}.
 */
public enum QuestionKind {
  DESIGN,
  BEHAVIORAL;

  /** The word written in question files. */
  public String word() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The words a file may write for {@code kind}. */
  public static List<String> words() {
    return List.of(DESIGN.word(), BEHAVIORAL.word());
  }

  /** The kind written exactly as {@code text}, or empty. */
  public static Optional<QuestionKind> parse(String text) {
    for (QuestionKind kind : values()) {
      if (kind.word().equals(text)) {
        return Optional.of(kind);
      }
    }
    return Optional.empty();
  }
}
