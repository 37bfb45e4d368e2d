package dev.mockloop.bank;

import java.util.List;
import java.util.Objects;

/**
 * What loading a bank gave: the bank (holding the scenarios that loaded cleanly, so a caller may
 * still show them) and every problem found, errors and warnings, in file and line order.
 *
 * @param bank the scenarios that are valid; empty when the folder could not be read at all
 * @param problems every error and warning
 */
public record LoadResult(Bank bank, List<Problem> problems) {
  public LoadResult {
    Objects.requireNonNull(bank, "bank");
    problems = List.copyOf(problems);
  }

  /** The bank is usable only without errors; warnings do not count. */
  public boolean hasErrors() {
    for (Problem p : problems) { // no stream: asked before a round's first frame
      if (p.isError()) {
        return true;
      }
    }
    return false;
  }

  public List<Problem> errors() {
    return problems.stream().filter(Problem::isError).toList();
  }

  public List<Problem> warnings() {
    return problems.stream().filter(p -> !p.isError()).toList();
  }
}
