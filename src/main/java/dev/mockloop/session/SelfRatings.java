package dev.mockloop.session;

import dev.mockloop.io.SafeFiles;
import dev.mockloop.scoring.DimensionScore;
import dev.mockloop.scoring.ScoreCard;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The self-rated rounds of a history, oldest first, read from the transcripts (the session index
 * does not carry ratings): a file without the {@code self_rating} key is skipped unparsed, so
 * only sessions with a rating cost a YAML parse. Unreadable files are skipped (review list
 * reports them).
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
        out.addAll(of(TranscriptYaml.read(bytes, p.toString())));
      } catch (IOException | RuntimeException unreadable) {
        // counted as unreadable by the history already
      }
    }
    return out;
  }

  /** The rated, scored rounds of one transcript. */
  static List<SelfRatingStats.Rated> of(Transcript t) {
    List<SelfRatingStats.Rated> out = new ArrayList<>();
    for (TranscriptRound r : t.rounds()) {
      if (r.selfRating() != null && r.score() != null && r.answer() != null) {
        out.add(new SelfRatingStats.Rated(t.level(), r.selfRating(), r.score(),
            weakest(r.answer().card())));
      }
    }
    return out;
  }

  /** The main answer's dimension with the smallest share of its points earned. */
  static String weakest(ScoreCard main) {
    return main.dimensions().stream().filter(d -> d.possible() > 0)
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
