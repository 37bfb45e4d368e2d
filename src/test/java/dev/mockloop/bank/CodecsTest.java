package dev.mockloop.bank;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mockloop.bank.Codecs.Codec;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Each leaf codec of the bank snapshot gives back what it wrote, nulls included. */
class CodecsTest {
  private static List<Object> roundTrip(Codec codec, Object... values) {
    CodecOut out = new CodecOut();
    for (Object v : values) {
      codec.write(out, v);
    }
    byte[] bytes = out.toByteArray();
    CodecIn in = new CodecIn(bytes, 0, bytes.length);
    List<Object> back = new ArrayList<>();
    for (int k = 0; k < values.length; k++) {
      back.add(codec.read(in));
    }
    assertThat(in.atEnd()).as("every byte read").isTrue();
    return back;
  }

  @Test
  void scalarsComeBackWithTheirNulls() {
    assertThat(roundTrip(Codecs.string(), "a", null, "", "a")).containsExactly("a", null, "", "a");
    assertThat(roundTrip(Codecs.whole(false), 0, -7, Integer.MAX_VALUE, null))
        .containsExactly(0, -7, Integer.MAX_VALUE, null);
    assertThat(roundTrip(Codecs.whole(true), Long.MIN_VALUE, 3L, null))
        .containsExactly(Long.MIN_VALUE, 3L, null);
    assertThat(roundTrip(Codecs.bool(), true, false, null)).containsExactly(true, false, null);
    assertThat(roundTrip(Codecs.decimal(), 0.1, -0.0, Double.NaN, null))
        .containsExactly(0.1, -0.0, Double.NaN, null);
  }

  @Test
  void containersKeepOrderKindAndNulls() {
    Codec strings = Codecs.string();
    List<Object> lists =
        roundTrip(Codecs.collection(strings, false), List.of("b", "a"), List.of(), null);
    assertThat(lists).containsExactly(List.of("b", "a"), List.of(), null);
    Object set =
        roundTrip(Codecs.collection(strings, true), new LinkedHashSet<>(Arrays.asList("z", "y")))
            .get(0);
    assertThat(set).isInstanceOf(LinkedHashSet.class);
    assertThat(List.<Object>copyOf((LinkedHashSet<?>) set)).containsExactly("z", "y");
    Map<Object, Object> map = new LinkedHashMap<>();
    map.put("two", 2);
    map.put("one", null);
    assertThat(roundTrip(Codecs.map(strings, Codecs.whole(false)), map, null))
        .containsExactly(map, null);
    assertThat(roundTrip(Codecs.optional(strings), Optional.of("x"), Optional.empty(), null))
        .containsExactly(Optional.of("x"), Optional.empty(), null);
  }
}
