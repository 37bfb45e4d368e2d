package dev.mockloop.scoring;

/**
 * Where a rubric phrase matched: character offsets into the original answer text.
 *
 * @param start first character, inclusive
 * @param end last character, exclusive
 * @param text the answer's text in that span
 * @param phrase the rubric phrase (or glossary synonym) that matched
 */
public record Evidence(int start, int end, String text, String phrase) {
  public Evidence {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span " + start + ".." + end);
    }
  }
}
