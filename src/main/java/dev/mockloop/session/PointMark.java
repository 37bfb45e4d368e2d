package dev.mockloop.session;

import java.util.Objects;

/**
 * Whether one rubric point of a round was covered. The key is the point's id for the main
 * answer, and {@code <follow-up id>/<point id>} for a follow-up's point, so two attempts at the
 * same scenario compare point by point.
 *
 * @param key the point's key in its round
 * @param covered whether the answer covered it
 */
public record PointMark(String key, boolean covered) {
  public PointMark {
    Objects.requireNonNull(key, "key");
    if (key.isEmpty()) {
      throw new IllegalArgumentException("a point key must not be empty");
    }
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
