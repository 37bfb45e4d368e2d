package dev.mockloop.session;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Per Leadership Principle: the behavioural rounds practised, their mean score and the point missed
 * most often, weakest principle first. Part of {@link Stats}.
 *
 * @param principle the principle id
 * @param rounds scored behavioural rounds on it
 * @param averageScore their mean score
 * @param mostMissed the key of the point missed most often in them (the point of one scenario: ids
 *     are unique only within a scenario's rubric); empty when none was missed
 * @param mostMissedText that point's sentence, as its scenario asked it
 * @param missed how many rounds of that scenario missed it
 */
public record PrincipleStats(
    String principle,
    int rounds,
    int averageScore,
    String mostMissed,
    String mostMissedText,
    int missed) {

  /** A point of one scenario's rubric at one level (its id alone may mean another elsewhere). */
  private record Miss(String scenario, dev.mockloop.bank.Level level, String key) {
    static final Comparator<Miss> ORDER =
        Comparator.comparing(Miss::scenario).thenComparing(Miss::level).thenComparing(Miss::key);
  }

  /** The principles practised in {@code history}, lowest average first. */
  static List<PrincipleStats> of(History history) {
    return of(StatsTally.of(history), null, history.pointTexts());
  }

  /** The principles practised in a tally at {@code only} (null: every level), lowest first. */
  static List<PrincipleStats> of(
      StatsTally tally, dev.mockloop.bank.Level only, Map<String, String> texts) {
    Map<String, long[]> sums = new TreeMap<>();
    // per principle, the misses of each point by scenario, level and key
    Map<String, Map<Miss, long[]>> misses = new HashMap<>();
    tally
        .parts(only)
        .forEach(
            (level, part) -> {
              part.principles.forEach(
                  (principle, v) -> {
                    long[] sum = sums.computeIfAbsent(principle, k -> new long[2]);
                    sum[0] += v[1];
                    sum[1] += v[0];
                  });
              part.misses.forEach(
                  (principle, byPoint) ->
                      byPoint.forEach(
                          (at, n) -> {
                            int tab = at.indexOf('\t');
                            Miss m = new Miss(at.substring(0, tab), level, at.substring(tab + 1));
                            misses.computeIfAbsent(principle, k -> new HashMap<>()).put(m, n);
                          }));
            });
    List<PrincipleStats> out = new ArrayList<>();
    sums.forEach(
        (principle, sum) -> {
          var worst =
              misses.getOrDefault(principle, Map.of()).entrySet().stream()
                  .max(
                      Comparator.<Map.Entry<Miss, long[]>>comparingLong(e -> e.getValue()[0])
                          .thenComparing(Map.Entry::getKey, Miss.ORDER.reversed()));
          Miss at = worst.map(Map.Entry::getKey).orElse(null);
          out.add(
              new PrincipleStats(
                  principle,
                  (int) sum[0],
                  (int) Math.round((double) sum[1] / sum[0]),
                  at == null ? "" : at.key(),
                  at == null
                      ? ""
                      : texts.getOrDefault(
                          Summaries.pointKey(at.scenario(), at.level(), at.key()), at.key()),
                  worst.map(e -> (int) e.getValue()[0]).orElse(0)));
        });
    out.sort(ORDER);
    return out;
  }

  /** Lowest average first, then by principle. */
  static final Comparator<PrincipleStats> ORDER = new ByScore();

  /** {@link #ORDER}: a class, not a lambda (each lambda links at its first use). */
  private static final class ByScore implements Comparator<PrincipleStats> {
    @Override
    public int compare(PrincipleStats a, PrincipleStats b) {
      int c = Integer.compare(a.averageScore, b.averageScore);
      return c != 0 ? c : a.principle.compareTo(b.principle);
    }
  }
}
