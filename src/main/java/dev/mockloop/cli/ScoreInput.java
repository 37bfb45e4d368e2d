package dev.mockloop.cli;

import dev.mockloop.io.SafeFiles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Reads an answer to score from a file or standard input, rejecting what cannot be an answer (too
 * big, binary, not UTF-8, empty) with a message that says what to do.
 */
final class ScoreInput {
  /** The largest answer accepted: far beyond anything typed in a round. */
  static final int MAX_BYTES = 1 << 20;

  private ScoreInput() {}

  /** Reads {@code file} ("-" or null for standard input). */
  static String read(String file, InputStream stdin) {
    boolean useStdin = file == null || file.equals("-");
    String name = useStdin ? "standard input" : file;
    byte[] bytes;
    try {
      if (useStdin) {
        bytes = stdin.readNBytes(MAX_BYTES + 1);
      } else {
        Path path = Path.of(file);
        if (Files.isDirectory(path)) {
          throw UserException.invalid(file + " is a folder; give the file that holds the answer");
        }
        long size = Files.size(path); // a device or a pipe reports 0: the read is capped too
        if (size > MAX_BYTES) {
          throw UserException.invalid(tooBig(name, size));
        }
        try (InputStream in = Files.newInputStream(path)) {
          bytes = in.readNBytes(MAX_BYTES + 1);
        }
      }
    } catch (NoSuchFileException e) {
      throw UserException.invalid("cannot read " + name + ": no such file");
    } catch (IOException e) {
      throw UserException.invalid("cannot read " + name + ": " + SafeFiles.reason(e));
    }
    if (bytes.length > MAX_BYTES) { // read with a cap: the real size may be endless
      throw UserException.invalid(
          name
              + " is more than 1 MB; an answer must be at most 1 MB"
              + " - score the answer itself, not a whole document");
    }
    String text = decode(bytes, name);
    if (text.isBlank()) {
      throw UserException.invalid(name + " is empty: write the answer in it, then score it");
    }
    return text;
  }

  static String tooBig(String name, long size) {
    return String.format(
        Locale.ROOT,
        "%s is %s; an answer must be at most 1 MB - score the "
            + "answer itself, not a whole document",
        name,
        megabytes(size));
  }

  static String megabytes(long size) {
    return size > MAX_BYTES
        ? String.format(Locale.ROOT, "%.1f MB", size / 1048576.0)
        : size + " bytes";
  }

  /** Strict UTF-8 (a BOM is dropped); binary and malformed input get a message naming the byte. */
  static String decode(byte[] bytes, String name) {
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == 0) {
        throw UserException.invalid(
            name + " looks binary (a zero byte at offset " + i + "); give a plain UTF-8 text file");
      }
    }
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length + 1);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      int at = in.position();
      throw UserException.invalid(
          String.format(
              Locale.ROOT,
              "%s is not UTF-8 text (byte 0x%02X "
                  + "at offset %d); save it as UTF-8 and try again",
              name,
              bytes[at] & 0xFF,
              at));
    }
    decoder.flush(out);
    out.flip();
    String text = out.toString();
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }
}
