package dev.mockloop.scoring;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * Where a rubric phrase occurs in one answer (the rules are {@link RubricMatcher}'s), memoized per
 * phrase key and per phrase token, since the same words recur across points and both levels'
 * rubrics. Each match is one array for the life of the answer, so callers may key on its identity.
 * The memos are the thread's {@link Memo} arrays indexed by {@link PhraseIds}, valid for this
 * answer only while their stamp is this answer's; an instance is used on the thread that made it
 * (the scorer makes one per answer, inside the scoring call).
 */
final class PhraseSpans {
  private final AnalyzedAnswer answer;
  private final Memo memo = Memo.LOCAL.get();
  private final int stamp = memo.next();
  private int[] numbers;

  PhraseSpans(AnalyzedAnswer answer) {
    this.answer = answer;
  }

  /** Non-overlapping matches of a phrase, each as the positions of its matched tokens. */
  List<int[]> spans(Phrase phrase) {
    if (!answer.mayMatch(phrase)) {
      return List.of(); // decided from the phrase record alone, as most phrases are absent
    }
    List<int[]> found = memo.spans(phrase.id(), stamp);
    if (found == null) {
      found =
          phrase.placeholder() != null
              ? Quantities.spans(answer, phrase.placeholder(), numbers())
              : find(phrase);
      found = found.isEmpty() ? List.of() : Collections.unmodifiableList(found);
      memo.putSpans(phrase.id(), stamp, found);
    }
    return found;
  }

  /** The answer's {@link Quantities#numbers}, found when a placeholder first asks. */
  private int[] numbers() {
    if (numbers == null) {
      numbers = Quantities.numbers(answer);
    }
    return numbers;
  }

  private List<int[]> find(Phrase phrase) {
    List<Token> p = phrase.tokens();
    List<int[]> out = new ArrayList<>();
    int after = -1;
    for (int start : positions(phrase, 0)) {
      if (start <= after) {
        continue;
      }
      int[] matched = new int[p.size()];
      matched[0] = start;
      int last = start;
      for (int j = 1; j < p.size() && last >= 0; j++) {
        last = next(positions(phrase, j), last, start);
        if (last >= 0) {
          matched[j] = last;
        }
      }
      if (last >= 0) {
        out.add(matched);
        after = last;
      }
    }
    if (p.size() == 2 && !phrase.inverted() && !phrase.saysNo()) {
      ReversedTerms.add(answer, positions(phrase, 1), positions(phrase, 0), out);
    }
    return out;
  }

  private int next(int[] candidates, int last, int start) {
    int i = Arrays.binarySearch(candidates, last + 1);
    i = i < 0 ? -i - 1 : i;
    int sentence = answer.sentenceOf(start);
    for (; i < candidates.length; i++) {
      int c = candidates[i];
      if (c - last - 1 > RubricMatcher.MAX_GAP || answer.sentenceOf(c) != sentence) {
        return -1;
      }
      int content = 0;
      for (int k = last + 1; k < c; k++) {
        content += answer.tokens.get(k).stop() ? 0 : 1;
      }
      if (content <= RubricMatcher.MAX_CONTENT_GAP) {
        return c;
      }
    }
    return -1;
  }

  private int[] positions(Phrase phrase, int token) {
    int id = phrase.tokenIds()[token];
    int[] found = memo.positions(id, stamp);
    if (found == null) {
      found = answer.positions(phrase, token);
      memo.putPositions(id, stamp, found);
    }
    return found;
  }

  /**
   * One thread's memo of spans and positions by phrase id, reused from answer to answer: an entry
   * counts only when its stamp is the asking answer's, so a new answer starts empty without
   * clearing anything, and two answers scored in turn on one thread never see each other's entries.
   */
  static final class Memo {
    static final ThreadLocal<Memo> LOCAL = ThreadLocal.withInitial(Memo::new);

    private int last;
    private final Slots<List<int[]>> spans = new Slots<>();
    private final Slots<int[]> positions = new Slots<>();

    /** A stamp no entry has yet (after 2^32 answers on one thread the memo is cleared). */
    int next() {
      if (++last == 0) {
        spans.clear();
        positions.clear();
        last = 1;
      }
      return last;
    }

    List<int[]> spans(int id, int stamp) {
      return spans.get(id, stamp);
    }

    void putSpans(int id, int stamp, List<int[]> found) {
      spans.put(id, stamp, found);
    }

    int[] positions(int id, int stamp) {
      return positions.get(id, stamp);
    }

    void putPositions(int id, int stamp, int[] found) {
      positions.put(id, stamp, found);
    }
  }

  /** Values by id, each valid only for the stamp it was put with; grows to the largest id. */
  private static final class Slots<T> {
    private int[] stamps = new int[0];
    private Object[] values = new Object[0];

    @SuppressWarnings("unchecked")
    T get(int id, int stamp) {
      return id < stamps.length && stamps[id] == stamp ? (T) values[id] : null;
    }

    void put(int id, int stamp, T value) {
      if (id >= stamps.length) {
        int size = Math.max(1024, Integer.highestOneBit(id) << 1);
        stamps = Arrays.copyOf(stamps, size);
        values = Arrays.copyOf(values, size);
      }
      stamps[id] = stamp;
      values[id] = value;
    }

    void clear() {
      Arrays.fill(stamps, 0);
    }
  }
}
