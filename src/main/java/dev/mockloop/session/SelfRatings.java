package dev.mockloop.session;

import dev.mockloop.io.SafeFiles;
import dev.mockloop.scoring.DimensionScore;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The self-rated rounds of a history, oldest first. The session index does not carry ratings, so
 * the transcripts are read: a file without the {@code self_rating} key is skipped, and in the
 * others only the rating lines are picked out ({@link #scan}); scores and dimensions (over every
 * answer of the round) come from the index. A file whose rounds do not line up with its index
 * entry is parsed in full. Unreadable files are skipped (review list reports them).
 */
public final class SelfRatings {
  private static final byte[] KEY = "self_rating:".getBytes(StandardCharsets.UTF_8);

  private SelfRatings() {}

  public static List<SelfRatingStats.Rated> of(SessionStore store, History history) {
    List<SelfRatingStats.Rated> out = new ArrayList<>();
    for (SessionSummary s : history.sessions()) {
      Path p = store.pathOf(s.id());
      try {
        byte[] bytes = SafeFiles.read(p, SessionStore.MAX_BYTES);
        if (!contains(bytes, KEY)) {
          continue;
        }
        Integer[] ratings = scan(new String(bytes, StandardCharsets.UTF_8));
        if (ratings.length == s.rounds().size()) {
          for (int i = 0; i < ratings.length; i++) {
            RoundSummary r = s.rounds().get(i);
            if (ratings[i] != null && r.scored()) {
              out.add(new SelfRatingStats.Rated(s.level(), ratings[i], r.score(),
                  weakest(r.dimensions())));
            }
          }
        } else {
          out.addAll(of(TranscriptYaml.read(bytes, p.toString())));
        }
      } catch (IOException | RuntimeException unreadable) {
        // counted as unreadable by the history already
      }
    }
    return out;
  }

  /**
   * Each round's {@code self_rating} from the transcript's text without parsing it: a round
   * starts at a {@code - scenario:} line in column 0 after {@code rounds:}, and its rating is
   * the {@code   self_rating: N} line at the round's own indent (answer text sits deeper, or
   * escaped on one line, so it cannot forge either).
   */
  static Integer[] scan(String yaml) {
    List<Integer> ratings = new ArrayList<>();
    boolean inRounds = false;
    for (String line : yaml.split("\n")) {
      if (line.equals("rounds:")) {
        inRounds = true;
      } else if (inRounds && line.startsWith("- scenario:")) {
        ratings.add(null);
      } else if (inRounds && !ratings.isEmpty() && line.startsWith("  self_rating: ")) {
        ratings.set(ratings.size() - 1, Integer.valueOf(line.substring(15).strip()));
      } else if (inRounds && !line.isEmpty() && !line.startsWith(" ") && !line.startsWith("-")) {
        inRounds = false;
      }
    }
    return ratings.toArray(new Integer[0]);
  }

  /** The rated, scored rounds of one transcript. */
  static List<SelfRatingStats.Rated> of(Transcript t) {
    List<SelfRatingStats.Rated> out = new ArrayList<>();
    for (TranscriptRound r : t.rounds()) {
      if (r.selfRating() != null && r.score() != null && r.answer() != null) {
        out.add(new SelfRatingStats.Rated(t.level(), r.selfRating(), r.score(),
            weakest(Summaries.round(r).dimensions())));
      }
    }
    return out;
  }

  /** The dimension with the smallest share of its points earned. */
  static String weakest(List<DimensionScore> dimensions) {
    return dimensions.stream().filter(d -> d.possible() > 0)
        .min(Comparator.comparingDouble(DimensionScore::ratio)).map(DimensionScore::dimension)
        .orElse("");
  }

  private static boolean contains(byte[] hay, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= hay.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (hay[i + j] != needle[j]) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }
}
