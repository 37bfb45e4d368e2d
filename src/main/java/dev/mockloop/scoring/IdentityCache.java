package dev.mockloop.scoring;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * A bounded, thread-safe cache keyed by object identity. The scorer's keys (a level's rubric list,
 * a scenario) are the bank's own immutable records, passed again and again as the same instances;
 * hashing them by value walks every point and phrase of the rubric on each lookup, which cost more
 * than a tenth of batch scoring. An equal but distinct key only costs one more compilation.
 */
final class IdentityCache<K, V> {
  private final int limit;
  private final Map<K, V> map = new IdentityHashMap<>();

  IdentityCache(int limit) {
    this.limit = limit;
  }

  synchronized V get(K key, Function<K, V> make) {
    V v = map.get(key);
    if (v == null) {
      if (map.size() >= limit) {
        map.clear();
      }
      v = make.apply(key);
      map.put(key, v);
    }
    return v;
  }
}
