package dev.mockloop.session;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The strings read so far, and one shared {@link PointMark} per key and outcome. */
final class IndexDict {
  private final List<String> strings = new ArrayList<>();
  private PointMark[] marks = new PointMark[384];

  void add(String s) {
    strings.add(s);
  }

  String get(int ref) {
    return strings.get(ref);
  }

  PointMark mark(int ref, int outcome) {
    int slot = 3 * ref + outcome;
    if (slot >= marks.length) {
      marks = Arrays.copyOf(marks, Math.max(slot + 1, 2 * marks.length));
    }
    if (marks[slot] == null) {
      marks[slot] = new PointMark(strings.get(ref), outcome > 0, outcome == 2);
    }
    return marks[slot];
  }
}
