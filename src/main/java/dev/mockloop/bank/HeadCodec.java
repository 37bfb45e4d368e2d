package dev.mockloop.bank;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A snapshot's head, the {@link BankSnapshot.Header} and the {@link Listing}, written and read
 * field by field. Every list and the home screen read it at start-up, before anything is compiled,
 * so it uses no reflection, lambda or stream: building the {@code RecordCodec}s of these records
 * cost more than the rest of {@code questions list} (docs/performance.md). {@link #SHAPE} names the
 * records' components as {@code RecordCodec.schema()} would; {@code HeadCodecTest} fails when a
 * component changes and this class was not changed with it.
 */
final class HeadCodec {
  /** The head's format: its records' components, and this codec's version. */
  static final String SHAPE =
      "head 2 (tags in a block after the entries): Header(schema String, source String, written long, stamps List<Stamp>);"
          + " Stamp(path String, size long, modified long, hash String);"
          + " Listing(problems List<Problem>, entries List<Entry>);"
          + " Problem(file String, line int, column int, severity Severity, message String);"
          + " Entry(id String, title String, topic String, minutes Map<Level, Integer>,"
          + " kind QuestionKind, principle String, tags Map<Level, Map<String, String>>)";

  private static final Level[] LEVELS = Level.values();
  private static final Severity[] SEVERITIES = Severity.values();
  private static final QuestionKind[] KINDS = QuestionKind.values();

  private HeadCodec() {}

  static void write(CodecOut out, BankSnapshot.Header header, Listing listing) {
    out.string(header.schema());
    out.string(header.source());
    out.varlong(header.written());
    out.varlong(header.stamps().size());
    for (BankSnapshot.Stamp s : header.stamps()) {
      out.string(s.path());
      out.varlong(s.size());
      out.varlong(s.modified());
      out.string(s.hash());
    }
    out.varlong(listing.problems().size());
    for (Problem p : listing.problems()) {
      out.string(p.file());
      out.varlong(p.line());
      out.varlong(p.column());
      out.varlong(p.severity().ordinal());
      out.string(p.message());
    }
    out.varlong(listing.entries().size());
    for (Listing.Entry e : listing.entries()) {
      out.string(e.id());
      out.string(e.title());
      out.string(e.topic());
      out.varlong(e.kind().ordinal());
      out.string(e.principle());
      out.varlong(e.minutes().size());
      for (Level l : LEVELS) {
        if (e.minutes().containsKey(l)) {
          out.varlong(l.ordinal());
          out.varlong(e.minutes().get(l));
        }
      }
    }
    // the tags last, in a block of their own with its length, so that a list skips them
    CodecOut tags = new CodecOut();
    for (Listing.Entry e : listing.entries()) {
      tags.varlong(e.tags().size());
      for (Level l : LEVELS) {
        Map<String, String> levelTags = e.tags().get(l);
        if (levelTags != null) {
          tags.varlong(l.ordinal());
          tags.varlong(levelTags.size());
          for (Map.Entry<String, String> t : new TreeMap<>(levelTags).entrySet()) { // same bytes
            tags.string(t.getKey());
            tags.string(t.getValue());
          }
        }
      }
    }
    byte[] block = tags.toByteArray();
    out.varlong(block.length);
    out.raw(block);
  }

  /** The header (its schema checked by the caller before the listing is read). */
  static BankSnapshot.Header header(CodecIn in) {
    String schema = in.string();
    String source = in.string();
    long written = in.varlong();
    int n = count(in);
    List<BankSnapshot.Stamp> stamps = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      stamps.add(new BankSnapshot.Stamp(in.string(), in.varlong(), in.varlong(), in.string()));
    }
    return new BankSnapshot.Header(schema, source, written, stamps);
  }

  static Listing listing(CodecIn in) {
    int n = count(in);
    List<Problem> problems = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      String file = in.string();
      int line = (int) in.varlong();
      int column = (int) in.varlong();
      Severity severity = SEVERITIES[index(in, SEVERITIES.length)];
      problems.add(new Problem(file, line, column, severity, in.string()));
    }
    n = count(in);
    List<Listing.Entry> entries = new ArrayList<>(n);
    ListingTags.Block tags = new ListingTags.Block(in.bytes(), n);
    ListingMinutes seen = new ListingMinutes();
    for (int i = 0; i < n; i++) {
      String id = in.string();
      String title = in.string();
      String topic = in.string();
      QuestionKind kind = KINDS[index(in, KINDS.length)];
      String principle = in.string();
      Map<Level, Integer> minutes = seen.read(in);
      entries.add(
          new Listing.Entry(id, title, topic, minutes, kind, principle, new ListingTags(tags, i)));
    }
    int block = count(in);
    tags.at(in.position(), in.position() + block);
    in.skip(block);
    return new Listing(problems, entries);
  }

  /** One entry's tags, from the block {@link ListingTags} decodes when they are first asked for. */
  static Map<Level, Map<String, String>> tags(CodecIn in) {
    int levels = count(in);
    if (levels == 0) {
      return Map.of();
    }
    Map<Level, Map<String, String>> out = new HashMap<>();
    for (int l = 0; l < levels; l++) {
      Level level = LEVELS[index(in, LEVELS.length)];
      int n = count(in);
      Map<String, String> tags = new HashMap<>(n * 2);
      for (int i = 0; i < n; i++) {
        tags.put(in.string(), in.string());
      }
      if (out.put(level, Map.copyOf(tags)) != null || tags.size() != n) {
        throw new CodecIn.Corrupt("tags repeated");
      }
    }
    return out;
  }

  /** A size, checked against the bytes left (each element takes at least one). */
  static int count(CodecIn in) {
    long n = in.varlong();
    if (n < 0 || n > in.left()) {
      throw new CodecIn.Corrupt("a count of " + n + " exceeds the bytes left");
    }
    return (int) n;
  }

  static int index(CodecIn in, int size) {
    long i = in.varlong();
    if (i < 0 || i >= size) {
      throw new CodecIn.Corrupt("no value " + i);
    }
    return (int) i;
  }
}
