package dev.mockloop.scoring;

import java.util.List;

/**
 * The keyword-list guard: how far an answer written as short fragments is scaled down. A bare list
 * of terms ("CloudWatch, throttling, hot partition") shows no judgement, so its list-likeness (from
 * {@link SignalReader}) counts in full; terse notes that state their ideas ("dedupe on the payment
 * id, 24h window"; "ttl 10m w/ jitter, del on write") are written in fragments too but say how each
 * choice applies, and the guide grades them as the ideas they state. The guard is therefore scaled
 * by the share of the covered rubric weight whose only evidence is a bare list item ({@link
 * PointResult#listed()}): 1 when every covered point was only named in a list, or when nothing is
 * covered.
 */
final class ListGuard {
  /** A pure keyword list keeps 20% of its score. */
  static final double LIST_PENALTY = 0.8;

  private ListGuard() {}

  /**
   * Share of the covered weight that was only named in a list: 1 when nothing is covered (nothing
   * shows the fragments say more than their terms).
   */
  static double listedShare(List<PointResult> points) {
    double covered = 0;
    double listed = 0;
    for (PointResult p : points) {
      if (p.covered()) {
        covered += p.weight();
        listed += p.listed() ? p.weight() : 0;
      }
    }
    return covered == 0 ? 1 : listed / covered;
  }

  /**
   * Share of the penalty that notes keep however well they state their ideas: an interview answer
   * is spoken, and fragments show less of the reasoning than sentences. Fitted on the blind set's
   * dev and v2 splits (0 to 0.4 measured; docs/scoring.md).
   */
  static final double NOTES_SHARE = 0.25;

  /** {@code 1 - 0.8 x listLikeness x (0.25 + 0.75 x listedShare)}. */
  static double of(double listLikeness, double listedShare) {
    return 1 - LIST_PENALTY * listLikeness * (NOTES_SHARE + (1 - NOTES_SHARE) * listedShare);
  }
}
