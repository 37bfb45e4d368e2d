package dev.mockloop.line;

import java.util.List;
import org.jline.reader.CompletingParsedLine;
import org.jline.reader.EOFError;
import org.jline.reader.ParsedLine;
import org.jline.reader.Parser;

/**
 * Keeps JLine's line editor open across lines until the answer is finished: on Enter it throws
 * {@link EOFError} (JLine then inserts a newline and shows the secondary prompt) unless the last
 * line holds only {@code .}, or a submit key asked to accept the buffer as it is. In {@link
 * #single} mode (yes/no questions) every Enter accepts. The whole buffer is one "word": answers are
 * prose, not shell commands.
 */
final class AnswerParser implements Parser {
  /** The line that ends an answer. */
  static final String TERMINATOR = ".";

  private volatile boolean single;
  private volatile boolean force;
  private volatile Runnable onNewLine = () -> {};

  void single(boolean single) {
    this.single = single;
  }

  /** Accept the next {@code accept-line} whatever the buffer holds (Ctrl-D). */
  void force(boolean force) {
    this.force = force;
  }

  /** Called on the reading thread each time Enter opens a new line of the answer. */
  void onNewLine(Runnable r) {
    this.onNewLine = r;
  }

  @Override
  public ParsedLine parse(String line, int cursor, ParseContext context) {
    if (context == ParseContext.ACCEPT_LINE && !single && !force && !finished(line)) {
      onNewLine.run();
      throw new EOFError(-1, -1, "answer continues", "answer");
    }
    return new Whole(line, cursor);
  }

  /** True when the last line of {@code buffer} holds only the terminator. */
  static boolean finished(String buffer) {
    int nl = buffer.lastIndexOf('\n');
    return buffer.substring(nl + 1).strip().equals(TERMINATOR);
  }

  /** The answer in {@code buffer}: everything before the terminator line, exactly as typed. */
  static String answerText(String buffer) {
    if (!finished(buffer)) {
      return buffer;
    }
    int nl = buffer.lastIndexOf('\n');
    return nl < 0 ? "" : buffer.substring(0, nl);
  }

  @Override
  public boolean isEscapeChar(char ch) {
    return false;
  }

  /** The buffer as a single word. */
  private record Whole(String line, int cursor) implements CompletingParsedLine {
    @Override
    public String word() {
      return line;
    }

    @Override
    public int wordCursor() {
      return cursor;
    }

    @Override
    public int wordIndex() {
      return 0;
    }

    @Override
    public List<String> words() {
      return List.of(line);
    }

    @Override
    public CharSequence escape(CharSequence candidate, boolean complete) {
      return candidate;
    }

    @Override
    public int rawWordCursor() {
      return cursor;
    }

    @Override
    public int rawWordLength() {
      return line.length();
    }
  }
}
