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
 * @param mostMissed the id of the point missed most often in them; empty when none was missed
 * @param mostMissedText that point's sentence, as last asked
 * @param missed how many rounds missed it
 */
public record PrincipleStats(
    String principle,
    int rounds,
    int averageScore,
    String mostMissed,
    String mostMissedText,
    int missed) {

  /** The principles practised in {@code history}, lowest average first. */
  static List<PrincipleStats> of(History history) {
    Map<String, long[]> sums = new TreeMap<>();
    Map<String, Map<String, int[]>> misses = new HashMap<>();
    Map<String, String[]> last = new HashMap<>();
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
              .computeIfAbsent(p.pointId(), k -> new int[1])[0]++;
          last.put(
              r.principle() + "\t" + p.pointId(),
              new String[] {r.scenario(), s.level().name(), p.key()});
        }
      }
    }
    List<PrincipleStats> out = new ArrayList<>();
    sums.forEach(
        (principle, sum) -> {
          var worst =
              misses.getOrDefault(principle, Map.of()).entrySet().stream()
                  .max(
                      Comparator.<Map.Entry<String, int[]>>comparingInt(e -> e.getValue()[0])
                          .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()));
          String id = worst.map(Map.Entry::getKey).orElse("");
          String[] at = last.get(principle + "\t" + id);
          String text =
              at == null
                  ? ""
                  : history.pointText(at[0], dev.mockloop.bank.Level.valueOf(at[1]), at[2]);
          out.add(
              new PrincipleStats(
                  principle,
                  (int) sum[0],
                  (int) Math.round((double) sum[1] / sum[0]),
                  id,
                  text,
                  worst.map(e -> e.getValue()[0]).orElse(0)));
        });
    out.sort(
        Comparator.comparingInt(PrincipleStats::averageScore)
            .thenComparing(PrincipleStats::principle));
    return out;
  }
}
