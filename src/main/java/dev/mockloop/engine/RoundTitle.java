package dev.mockloop.engine;

import dev.mockloop.bank.Scenario;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** How front ends name a round: its title, with the principle for a behavioural question. */
public final class RoundTitle {
  private RoundTitle() {}

  /** "Leadership Principle: Ownership · A problem nobody owned", or the scenario's title. */
  public static String of(Scenario s) {
    return s.behavioral() ? "Leadership Principle: " + principle(s.principle()) + " · " + s.title()
        : s.title();
  }

  /** A principle id as its name: "have-backbone" is "Have Backbone". */
  public static String principle(String id) {
    return Arrays.stream(id.split("-")).filter(w -> !w.isEmpty())
        .map(w -> w.substring(0, 1).toUpperCase(Locale.ROOT) + w.substring(1))
        .collect(Collectors.joining(" "));
  }
}
