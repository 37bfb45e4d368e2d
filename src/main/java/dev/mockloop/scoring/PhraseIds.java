package dev.mockloop.scoring;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A number for every distinct phrase key and phrase-token key of the rubrics compiled so far, so
 * that an answer's memo of spans and positions ({@link PhraseSpans}) is an array look-up instead of
 * a string-keyed map built for each answer. Keys only ever come from rubric phrases, so the table
 * grows with the distinct phrases of the banks in use, not with answers. Thread-safe.
 */
final class PhraseIds {
  private static final Map<String, Integer> IDS = new ConcurrentHashMap<>();
  private static final AtomicInteger NEXT = new AtomicInteger();

  private PhraseIds() {}

  static int id(String key) {
    return IDS.computeIfAbsent(key, k -> NEXT.getAndIncrement());
  }
}
