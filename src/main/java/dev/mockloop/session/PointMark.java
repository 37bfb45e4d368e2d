package dev.mockloop.session;

import java.util.Objects;

/**
 * Whether one rubric point of a round was covered, by the user's verdict: the scorer's, unless the
 * user marked a point it missed as covered ("I covered this"). The key is the point's id for the
 * main answer, and {@code <follow-up id>/<point id>} for a follow-up's point, so two attempts at
 * the same scenario compare point by point.
 *
 * @param key the point's key in its round
 * @param covered whether the answer covered it, by the user's verdict
 * @param disputed true when the scorer missed it and the user marked it covered
 */
public record PointMark(String key, boolean covered, boolean disputed) {
  public PointMark {
    Objects.requireNonNull(key, "key");
    if (key.isEmpty()) {
      throw new IllegalArgumentException("a point key must not be empty");
    }
    if (disputed && !covered) {
      throw new IllegalArgumentException(key + ": a disputed point counts as covered");
    }
  }

  /** A point as the scorer saw it, not disputed. */
  public PointMark(String key, boolean covered) {
    this(key, covered, false);
  }

  /** The rubric point's own id, without the follow-up prefix. */
  public String pointId() {
    int slash = key.lastIndexOf('/');
    return slash < 0 ? key : key.substring(slash + 1);
  }

  /** True for a point of the main answer's rubric. */
  public boolean main() {
    return key.indexOf('/') < 0;
  }

  /** The key of a follow-up's point. */
  public static String followUpKey(String followUpId, String pointId) {
    return followUpId + "/" + pointId;
  }
}
