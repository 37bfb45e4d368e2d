package dev.mockloop.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mockloop.engine.Sentences.Sentence;
import java.util.List;
import org.junit.jupiter.api.Test;

class SentencesTest {
  private static List<String> texts(String answer) {
    return Sentences.of(answer).stream().map(Sentence::text).toList();
  }

  @Test
  void splitsAtSentenceEndsAndLineBreaks() {
    assertThat(texts("I pick DynamoDB. p99 is 1.5 ms!  Why? Cost.\n- GSI on category\n\n  TTL"))
        .containsExactly(
            "I pick DynamoDB.", "p99 is 1.5 ms!", "Why?", "Cost.", "- GSI on category", "TTL");
  }

  @Test
  void offsetsPointIntoTheAnswerAndSkipEmptyPieces() {
    String answer = "  First one.  \r\n...\n Second (quoted.) \"Third.\" end";
    List<Sentence> s = Sentences.of(answer);
    assertThat(s)
        .extracting(Sentence::text)
        .containsExactly("First one.", "Second (quoted.)", "\"Third.\"", "end");
    for (Sentence x : s) {
      assertThat(answer.substring(x.start(), x.end())).isEqualTo(x.text());
    }
    assertThat(Sentences.of("")).isEmpty();
    assertThat(Sentences.of(" \n - \n")).isEmpty();
  }

  @Test
  void commonAbbreviationsDoNotEndASentence() {
    assertThat(texts("Use a cache, e.g. DAX, vs. ElastiCache. Done"))
        .containsExactly("Use a cache, e.g. DAX, vs. ElastiCache.", "Done");
  }
}
