package dev.mockloop.scoring;

import java.util.Collection;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A number for every analyzed term of the rubrics, scenarios and questions compiled so far, so that
 * the per-token checks of an answer (topic terms, question terms and pairs, rubric trigrams, a
 * phrase word's positions) are bit tests and array look-ups on small tables instead of probes of
 * large string tables. Only compiled text registers terms, so the table grows with the banks in
 * use, not with answers; an answer's term the table lacks has no number ({@link #find} gives -1)
 * and cannot be in any set made from it.
 *
 * <p>Sets made from it ({@link TermBits}, pairs and trigrams as {@link LongSet}s) remember {@link
 * #size} when made: an answer whose terms were looked up before then looks them up again ({@link
 * TermIndex#upTo}), so the order in which answers and rubrics meet never changes a result.
 * Thread-safe: terms are added under a lock, and {@link #size} is written after the term is in the
 * map, so every number below a size read is visible to {@link #find}.
 */
final class Lexicon {
  private static final ConcurrentHashMap<String, Integer> IDS = new ConcurrentHashMap<>(8192);
  private static volatile int size;

  private Lexicon() {}

  /** The term's number, given it now if it has none. */
  static int register(String term) {
    Integer id = IDS.get(term);
    return id != null ? id : add(term);
  }

  private static synchronized int add(String term) {
    Integer id = IDS.get(term);
    if (id == null) {
      id = size;
      IDS.put(term, id);
      size = id + 1;
    }
    return id;
  }

  /** Registers every term; returns {@link #size} afterwards. */
  static int registerAll(Collection<String> terms) {
    for (String t : terms) {
      register(t);
    }
    return size;
  }

  /** The term's number, or -1 if no compiled text has it. */
  static int find(String term) {
    LexiconTable t = table;
    if (t.size() == size) {
      return t.find(term);
    }
    if (++staleFinds > REBUILD_AFTER) {
      rebuild();
    }
    Integer id = IDS.get(term);
    return id == null ? -1 : id;
  }

  /**
   * Finds served by the map since the last table, before the table is made again: rubrics compiled
   * one after another add terms in bursts, and a table made after each would cost more than it
   * saves. Counted without a lock: a lost count only delays the rebuild.
   */
  private static final int REBUILD_AFTER = 20_000;

  private static int staleFinds;
  private static volatile LexiconTable table = LexiconTable.of(java.util.Map.of(), 0);

  private static synchronized void rebuild() {
    staleFinds = 0;
    table = LexiconTable.of(IDS, size);
  }

  /** How many terms have numbers: every number below it is visible to {@link #find}. */
  static int size() {
    return size;
  }
}
