package dev.mockloop.tui;

import java.util.Objects;

/** A run of text in one style. */
record Span(String text, Style style) {
  Span {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(style, "style");
  }
}
