import dev.mockloop.bank.Bank;
import dev.mockloop.bank.BankLoader;
import dev.mockloop.bank.FollowUp;
import dev.mockloop.bank.Level;
import dev.mockloop.bank.LevelSpec;
import dev.mockloop.bank.RubricPoint;
import dev.mockloop.bank.Scenario;
import dev.mockloop.scoring.RoundScore;
import dev.mockloop.scoring.ScoreCard;
import dev.mockloop.scoring.Scorer;
import dev.mockloop.session.SessionStatus;
import dev.mockloop.session.Transcript;
import dev.mockloop.session.TranscriptAnswer;
import dev.mockloop.session.TranscriptFollowUp;
import dev.mockloop.session.TranscriptRound;
import dev.mockloop.session.TranscriptSettings;
import dev.mockloop.session.TranscriptYaml;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Writes N realistic transcripts for the review bench: random level, 1 to 3 scenarios of the
 * bundled bank, answers built from some of each rubric's phrases plus filler, scored by the real
 * scorer, with 0 to 2 follow-ups answered. Seeded, so runs are repeatable.
 *
 * <p>Run: {@code java -cp target/mockloop.jar bench/ReviewBenchGen.java DIR [N] [SEED]}
 */
public final class ReviewBenchGen {
  private static final DateTimeFormatter MINUTE =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HHmm").withZone(ZoneOffset.UTC);
  private static final String[] FILLER = {
    "First I would clarify the requirements and the traffic we expect.",
    "The main risk is operational, so I would start small and measure.",
    "I recommend this option because it fits the latency and cost targets.",
    "We would review the results after two weeks and adjust.",
    "That trade-off costs some flexibility but buys simplicity."
  };

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    int n = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
    Random rnd = new Random(args.length > 2 ? Long.parseLong(args[2]) : 42);
    Bank bank = BankLoader.loadBundled().bank();
    Scorer scorer = new Scorer(bank.glossary());
    Files.createDirectories(dir);
    Instant end = Instant.parse("2026-11-29T08:00:00Z");
    long span = 365L * 24 * 3600;
    for (int i = 0; i < n; i++) {
      Instant start = end.minusSeconds(span - span * i / n + rnd.nextInt(600));
      Level level = rnd.nextBoolean() ? Level.L6 : Level.L7;
      List<Scenario> pool =
          new ArrayList<>(bank.scenarios().stream().filter(s -> s.level(level) != null).toList());
      Collections.shuffle(pool, rnd);
      List<TranscriptRound> rounds = new ArrayList<>();
      Instant at = start;
      for (Scenario s : pool.subList(0, 1 + rnd.nextInt(3))) {
        LevelSpec spec = s.level(level);
        Scored m =
            variant(
                s.id() + level,
                rnd,
                () -> {
                  String text = answer(spec.rubric(), rnd);
                  return new Scored(text, scorer.scoreMain(text, s, level));
                });
        String main = m.text();
        ScoreCard card = m.card();
        long secs = 120 + rnd.nextInt(spec.minutes() * 60);
        at = at.plusSeconds(secs);
        List<TranscriptFollowUp> fus = new ArrayList<>();
        List<ScoreCard> fuCards = new ArrayList<>();
        for (FollowUp f :
            spec.followUps().subList(0, Math.min(spec.followUps().size(), rnd.nextInt(3)))) {
          Scored fa =
              variant(
                  s.id() + level + f.id(),
                  rnd,
                  () -> {
                    String t = answer(f.rubric(), rnd);
                    return new Scored(t, scorer.scoreFollowUp(t, s, level, f));
                  });
          String text = fa.text();
          ScoreCard fc = fa.card();
          fuCards.add(fc);
          long fs = 60 + rnd.nextInt(f.minutes() * 60);
          at = at.plusSeconds(fs);
          fus.add(
              new TranscriptFollowUp(
                  f.id(),
                  f.ask(),
                  f.minutes(),
                  new TranscriptAnswer(text, fs, rnd.nextInt(20) == 0, at, fc)));
        }
        int score = RoundScore.combine(card, fuCards).score();
        rounds.add(
            new TranscriptRound(
                s.id(),
                s.sha256(),
                s.title(),
                s.topic(),
                spec.prompt(),
                spec.context(),
                spec.minutes(),
                "scored",
                new TranscriptAnswer(main, secs, rnd.nextInt(10) == 0, at, card),
                fus,
                null,
                score));
      }
      String id = MINUTE.format(start) + "-" + suffix(rnd);
      Transcript t =
          new Transcript(
              Transcript.SCHEMA,
              id,
              level,
              start,
              at,
              SessionStatus.COMPLETED,
              TranscriptSettings.DEFAULT,
              rounds.stream().map(TranscriptRound::scenario).toList(),
              rounds);
      Files.write(dir.resolve(id + ".yaml"), TranscriptYaml.write(t));
    }
    System.out.println("wrote " + n + " transcripts to " + dir);
  }

  private record Scored(String text, ScoreCard card) {}

  private static final int VARIANTS = 8;
  private static final java.util.Map<String, List<Scored>> CACHE = new java.util.HashMap<>();

  /** Scoring is the slow part: each question gets a few scored answers, reused at random. */
  private static Scored variant(String key, Random rnd, java.util.function.Supplier<Scored> make) {
    List<Scored> list = CACHE.computeIfAbsent(key, k -> new ArrayList<>());
    if (list.size() < VARIANTS) {
      list.add(make.get());
      return list.get(list.size() - 1);
    }
    return list.get(rnd.nextInt(VARIANTS));
  }

  private static String answer(List<RubricPoint> rubric, Random rnd) {
    StringBuilder sb = new StringBuilder();
    for (RubricPoint p : rubric) {
      sb.append(FILLER[rnd.nextInt(FILLER.length)]).append(' ');
      if (rnd.nextInt(100) < 55) {
        List<String> phrases = p.phrases(); // 'any' may be empty when concept groups are given
        sb.append("We should look at ")
            .append(phrases.get(rnd.nextInt(phrases.size())))
            .append(" here, at about ")
            .append(5 + rnd.nextInt(200))
            .append(" ms p99. ");
      }
    }
    return sb.toString().strip();
  }

  private static String suffix(Random rnd) {
    String alphabet = "abcdefghijkmnpqrstuvwxyz23456789";
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 6; i++) {
      sb.append(alphabet.charAt(rnd.nextInt(alphabet.length())));
    }
    return sb.toString();
  }
}
