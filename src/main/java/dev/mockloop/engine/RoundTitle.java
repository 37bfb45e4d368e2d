package dev.mockloop.engine;

import dev.mockloop.bank.Scenario;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** How front ends name a round: its title, with the principle for a behavioural question. */
public final class RoundTitle {
  // spotless:off
  private static final Set<String> SMALL =
      Set.of("a", "and", "the", "of", "to", "be", "at", "on", "for", "in", "by");
  // spotless:on

  private RoundTitle() {}

  /** "Leadership Principle: Ownership · A problem nobody owned", or the scenario's title. */
  public static String of(Scenario s) {
    return s.behavioral()
        ? "Leadership Principle: " + principle(s.principle()) + " · " + s.title()
        : s.title();
  }

  /**
   * A principle id as its name: "have-backbone" is "Have Backbone", and small words after the first
   * stay lower case ("Insist on the Highest Standards").
   */
  public static String principle(String id) {
    List<String> words = new ArrayList<>();
    for (String w : id.split("-")) { // a loop, not a stream: no pipeline set up for it
      if (!w.isEmpty()) {
        words.add(w);
      }
    }
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < words.size(); i++) {
      String w = words.get(i);
      out.append(i == 0 ? "" : " ")
          .append(
              i > 0 && SMALL.contains(w)
                  ? w
                  : w.substring(0, 1).toUpperCase(Locale.ROOT) + w.substring(1));
    }
    return out.toString();
  }
}
