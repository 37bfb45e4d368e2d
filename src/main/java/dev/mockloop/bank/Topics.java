package dev.mockloop.bank;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** The topics a user may ask for: a topic no question of the bank has is a typo, said as one. */
public final class Topics {
  private Topics() {}

  /**
   * The error for the first asked topic the bank does not have, with the nearest one and the list
   * ("unknown topic 'relaibility'; did you mean 'reliability'? (topics: ...)"); empty when every
   * asked topic exists. Case is ignored.
   */
  public static Optional<String> unknown(Collection<String> bankTopics, List<String> asked) {
    Set<String> known = new TreeSet<>();
    bankTopics.forEach(t -> known.add(t.toLowerCase(Locale.ROOT)));
    for (String t : asked) {
      if (!known.contains(t.toLowerCase(Locale.ROOT))) {
        return Optional.of(
            "unknown topic '"
                + t
                + "'"
                + Suggest.didYouMean(t, known)
                + " (topics: "
                + String.join(", ", known)
                + ")");
      }
    }
    return Optional.empty();
  }
}
