package dev.mockloop.scoring;

/** Weighted points earned out of possible within one dimension. */
public record DimensionScore(String dimension, int earned, int possible) {
  public DimensionScore {
    if (earned < 0 || possible < 0 || earned > possible) {
      throw new IllegalArgumentException(dimension + ": " + earned + "/" + possible);
    }
  }

  /** 0..1; 0 when nothing was possible. */
  public double ratio() {
    return possible == 0 ? 0 : (double) earned / possible;
  }
}
