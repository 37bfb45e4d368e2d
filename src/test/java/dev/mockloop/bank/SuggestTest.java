package dev.mockloop.bank;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SuggestTest {
  // spotless:off
  private static final List<String> FIELDS =
      List.of("prompt", "context", "minutes", "rubric", "follow_ups", "model_answer");
  // spotless:on

  @Test
  void suggestsNearMisses() {
    assertThat(Suggest.nearest("promt", FIELDS)).contains("prompt");
    assertThat(Suggest.nearest("follow-ups", FIELDS)).contains("follow_ups");
    assertThat(Suggest.nearest("followups", FIELDS)).contains("follow_ups");
    assertThat(Suggest.nearest("modelAnswer", FIELDS)).contains("model_answer");
    assertThat(Suggest.nearest("mintues", FIELDS)).contains("minutes");
    assertThat(Suggest.nearest("rubrics", FIELDS)).contains("rubric");
  }

  @Test
  void fallsBackToTheOnlyCandidateContainingTheText() {
    List<String> ids = List.of("dynamodb-vs-rds", "kinesis-vs-sqs", "retry-with-backoff");
    assertThat(Suggest.nearest("dynamo", ids)).contains("dynamodb-vs-rds");
    assertThat(Suggest.nearest("vs", ids)).isEmpty();
    assertThat(Suggest.nearest("-vs-", ids)).isEmpty();
  }

  @Test
  void staysQuietWhenNothingIsClose() {
    assertThat(Suggest.nearest("colour", FIELDS)).isEmpty();
    assertThat(Suggest.nearest("x", FIELDS)).isEmpty();
    assertThat(Suggest.nearest("anything", List.of())).isEmpty();
    assertThat(Suggest.didYouMean("zzz", FIELDS)).isEmpty();
  }

  @Test
  void distanceCountsTranspositionsAsOneEdit() {
    assertThat(Suggest.distance("abc", "abc")).isZero();
    assertThat(Suggest.distance("abc", "acb")).isEqualTo(1);
    assertThat(Suggest.distance("kitten", "sitting")).isEqualTo(3);
    assertThat(Suggest.distance("", "abc")).isEqualTo(3);
  }
}
