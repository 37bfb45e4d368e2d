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
    Map<String, long[]> sums = new TreeMap<>();
    // per principle, the misses of each point by scenario, level and key
    Map<String, Map<Miss, int[]>> misses = new HashMap<>();
    for (SessionSummary s : history.sessions()) {
      for (RoundSummary r : s.scored()) {
        if (r.principle().isEmpty()) {
          continue;
        }
        long[] sum = sums.computeIfAbsent(r.principle(), k -> new long[2]);
        sum[0]++;
        sum[1] += r.score();
        for (PointMark p : r.missed()) {
          misses.computeIfAbsent(r.principle(), k -> new HashMap<>())
              .computeIfAbsent(new Miss(r.scenario(), s.level(), p.key()), k -> new int[1])[0]++;
        }
      }
    }
    List<PrincipleStats> out = new ArrayList<>();
    sums.forEach(
        (principle, sum) -> {
          var worst =
              misses.getOrDefault(principle, Map.of()).entrySet().stream()
                  .max(
                      Comparator.<Map.Entry<Miss, int[]>>comparingInt(e -> e.getValue()[0])
                          .thenComparing(Map.Entry::getKey, Miss.ORDER.reversed()));
          Miss at = worst.map(Map.Entry::getKey).orElse(null);
          out.add(
              new PrincipleStats(
                  principle,
                  (int) sum[0],
                  (int) Math.round((double) sum[1] / sum[0]),
                  at == null ? "" : at.key(),
                  at == null ? "" : history.pointText(at.scenario(), at.level(), at.key()),
                  worst.map(e -> e.getValue()[0]).orElse(0)));
        });
    out.sort(
        Comparator.comparingInt(PrincipleStats::averageScore)
            .thenComparing(PrincipleStats::principle));
    return out;
  }
}
