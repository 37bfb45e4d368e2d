package dev.mockloop.tui;

/** The named operations keys map to (see {@link Keys}). */
enum Op {
  SUBMIT,
  /** Show the whole question over the answer editor, or go back to it. */
  QUESTION,
  INTERRUPT,
  ESCAPE,
  ENTER,
  UP,
  DOWN,
  LEFT,
  RIGHT,
  WORD_LEFT,
  WORD_RIGHT,
  LINE_START,
  LINE_END,
  TEXT_START,
  TEXT_END,
  PAGE_UP,
  PAGE_DOWN,
  BACKSPACE,
  DELETE,
  DELETE_WORD,
  TAB,
  CHAR,
  NONE
}
