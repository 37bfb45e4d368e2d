package dev.mockloop.session;

import java.util.AbstractMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The rubric sentences of a {@link StatsDigest}, left as the digest's text: a look-up finds its
 * {@code T} line there, so {@code review stats}, which names a few dozen points, does not make a
 * map of the thousands the digest holds. Anything that walks the map parses them all.
 */
final class DigestTexts extends AbstractMap<String, String> {
  private final String text;
  private final int from;
  private Map<String, String> all;

  /** The sentences in the {@code T} lines of {@code text} from {@code from} on. */
  DigestTexts(String text, int from) {
    this.text = text;
    this.from = from;
  }

  @Override
  public String get(Object key) {
    if (all != null || !(key instanceof String k)) {
      return all().get(key);
    }
    String needle = "\nT\t" + IndexCodec.escape(k) + "\t";
    // the T lines start after a newline: the one before the first is the line before them
    int at = text.indexOf(needle, Math.max(0, from - 1));
    if (at < 0) {
      return null;
    }
    int start = at + needle.length();
    int end = text.indexOf('\n', start);
    return IndexCodec.unescape(text.substring(start, end < 0 ? text.length() : end));
  }

  @Override
  public String getOrDefault(Object key, String fallback) {
    String v = get(key);
    return v == null ? fallback : v;
  }

  @Override
  public boolean containsKey(Object key) {
    return get(key) != null;
  }

  @Override
  public Set<Entry<String, String>> entrySet() {
    return all().entrySet();
  }

  private Map<String, String> all() {
    if (all == null) {
      Map<String, String> m = new HashMap<>();
      for (int at = from; at < text.length(); ) {
        int end = text.indexOf('\n', at);
        end = end < 0 ? text.length() : end;
        IndexLine f = new IndexLine(text, at, end);
        f.next();
        m.put(IndexCodec.unescape(f.string()), IndexCodec.unescape(f.string()));
        at = end + 1;
      }
      all = m;
    }
    return all;
  }
}
