package dev.mockloop.bank;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@link HeadCodec}: the head reads back equal, and its shape follows the records' components. */
class HeadCodecTest {
  @Test
  void aHeadWithProblemsTagsAndBothKindsReadsBackEqual() {
    BankSnapshot.Header header =
        new BankSnapshot.Header(
            "some schema",
            "bundled",
            1_764_000_000_000L,
            List.of(
                new BankSnapshot.Stamp("a/b.yaml", 1234, 0, "9f3c"),
                new BankSnapshot.Stamp("c.yaml", 0, 1_764_000_000_000_123L, "e3b0c442")));
    Listing listing =
        new Listing(
            List.of(
                Problem.error("a/b.yaml", 3, 7, "unknown field 'promt'"),
                Problem.warning("c.yaml", 0, 0, "a warning")),
            List.of(
                new Listing.Entry(
                    "design-one",
                    "A design — with “quotes”",
                    "databases",
                    Map.of(Level.L6, 12, Level.L7, 15),
                    QuestionKind.DESIGN,
                    null,
                    Map.of(
                        Level.L6,
                        Map.of("p1", "ownership", "f1/p2", "dive-deep"),
                        Level.L7,
                        Map.of())),
                new Listing.Entry(
                    "lp-one",
                    "A story",
                    "behavioral",
                    Map.of(Level.L7, 7),
                    QuestionKind.BEHAVIORAL,
                    "ownership")));
    CodecOut out = new CodecOut();
    HeadCodec.write(out, header, listing);
    byte[] bytes = out.toByteArray();
    CodecIn in = new CodecIn(bytes, 0, bytes.length);
    assertThat(HeadCodec.header(in)).isEqualTo(header);
    assertThat(HeadCodec.listing(in)).isEqualTo(listing);
    assertThat(in.atEnd()).isTrue();
  }

  @Test
  void manyEntriesWithRepeatedAndDistinctMinutesReadBackEqual() {
    java.util.Random random = new java.util.Random(11);
    List<Listing.Entry> entries = new java.util.ArrayList<>();
    for (int i = 0; i < 3000; i++) {
      int pick = random.nextInt(3);
      int a = 1 + random.nextInt(i < 1500 ? 3 : 120); // few sets first, then many (collisions)
      int b = 1 + random.nextInt(i < 1500 ? 3 : 120);
      Map<Level, Integer> minutes =
          pick == 0
              ? Map.of(Level.L6, a)
              : pick == 1 ? Map.of(Level.L7, a) : Map.of(Level.L6, a, Level.L7, b);
      entries.add(
          new Listing.Entry("s-" + i, "T" + i, "t", minutes, QuestionKind.DESIGN, null, Map.of()));
    }
    Listing listing = new Listing(List.of(), entries);
    CodecOut out = new CodecOut();
    HeadCodec.write(out, new BankSnapshot.Header("s", "bundled", 0, List.of()), listing);
    byte[] bytes = out.toByteArray();
    CodecIn in = new CodecIn(bytes, 0, bytes.length);
    HeadCodec.header(in);
    Listing read = HeadCodec.listing(in);
    for (int i = 0; i < entries.size(); i++) {
      assertThat(read.entries().get(i).minutes()).isEqualTo(entries.get(i).minutes());
    }
    assertThat(read).isEqualTo(listing);
  }

  @Test
  void theShippedBanksListingReadsBackEqual() {
    Listing listing = BankLoader.listBundled();
    BankSnapshot.Header header = new BankSnapshot.Header("s", "bundled", 0, List.of());
    CodecOut out = new CodecOut();
    HeadCodec.write(out, header, listing);
    byte[] bytes = out.toByteArray();
    CodecIn in = new CodecIn(bytes, 0, bytes.length);
    HeadCodec.header(in);
    assertThat(HeadCodec.listing(in)).isEqualTo(listing);
  }

  @Test
  void theTagsAreDecodedOnlyWhenAskedFor() {
    Listing listing = BankLoader.listBundled();
    CodecOut out = new CodecOut();
    HeadCodec.write(out, new BankSnapshot.Header("s", "bundled", 0, List.of()), listing);
    byte[] bytes = out.toByteArray();
    bytes[bytes.length - 1] = (byte) 0x80; // the last tag's value now runs past the end
    CodecIn in = new CodecIn(bytes, 0, bytes.length);
    HeadCodec.header(in);
    Listing read = HeadCodec.listing(in); // the entries read; the tags block only skipped
    assertThat(read.entries()).hasSameSizeAs(listing.entries());
    assertThat(read.entries().get(0).title()).isEqualTo(listing.entries().get(0).title());
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> read.entries().get(0).tags().size())
        .isInstanceOf(CodecIn.Corrupt.class);
  }

  /** A changed component of a head record must come with a change of {@link HeadCodec}. */
  @Test
  void theShapeNamesTheHeadRecordsComponentsAsTheyAre() {
    assertThat(HeadCodec.SHAPE)
        .contains(shape(BankSnapshot.Header.class))
        .contains(shape(BankSnapshot.Stamp.class))
        .contains(shape(Listing.class))
        .contains(shape(Problem.class))
        .contains(shape(Listing.Entry.class));
  }

  private static String shape(Class<? extends Record> type) {
    StringBuilder sb = new StringBuilder(type.getSimpleName()).append('(');
    RecordComponent[] components = type.getRecordComponents();
    for (int i = 0; i < components.length; i++) {
      String t =
          components[i]
              .getGenericType()
              .getTypeName()
              .replaceAll("[a-z0-9_.]+\\.", "")
              .replaceAll("[A-Za-z]+\\$", "");
      sb.append(i == 0 ? "" : ", ").append(components[i].getName()).append(' ').append(t);
    }
    return sb.append(')').toString();
  }
}
