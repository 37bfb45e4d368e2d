package dev.mockloop.scoring;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * A Lucene tokenizer over {@link Words#scan}: the same words, offsets and kinds the signals see, so
 * evidence offsets and sentence boundaries agree. Token types are the {@link Word.Kind} names.
 */
final class WordTokenizer extends Tokenizer {
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
  private final TypeAttribute type = addAttribute(TypeAttribute.class);
  private final StringBuilder buffer = new StringBuilder();
  private final char[] chunk = new char[4096];
  private List<Word> words = List.of();
  private int next;
  private int length;

  /** A text this thread has already scanned, and its words ({@link TextAnalyzer#analyze}). */
  record Scanned(String text, List<Word> words) {}

  /**
   * Set around one analysis of {@code text} by a caller that has its words already (all of them, or
   * the stretch it wants tokens of), so the text is neither read nor scanned again.
   */
  static final ThreadLocal<Scanned> SCANNED = new ThreadLocal<>();

  @Override
  public boolean incrementToken() {
    if (next >= words.size()) {
      return false;
    }
    clearAttributes();
    Word w = words.get(next++);
    term.setEmpty().append(w.text());
    offset.setOffset(correctOffset(w.start()), correctOffset(w.end()));
    type.setType(w.kind().name());
    return true;
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    next = 0;
    Scanned scanned = SCANNED.get();
    if (scanned != null) { // the caller's text, scanned: not read again (it may be a part of it)
      words = scanned.words();
      length = scanned.text().length();
      return;
    }
    buffer.setLength(0);
    for (int read = input.read(chunk); read != -1; read = input.read(chunk)) {
      buffer.append(chunk, 0, read);
    }
    String text = buffer.toString();
    length = text.length();
    words = Words.scan(text);
  }

  @Override
  public void end() throws IOException {
    super.end();
    int end = correctOffset(length);
    offset.setOffset(end, end);
  }

  @Override
  public void close() throws IOException {
    super.close();
    words = List.of();
  }
}
