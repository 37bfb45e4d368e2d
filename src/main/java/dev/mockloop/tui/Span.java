package dev.mockloop.tui;

import java.util.Objects;

/** A run of text in one style. */
public record Span(String text, Style style) {
  public Span {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(style, "style");
  }
}
