package dev.mockloop.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Bare list items ({@link ListItems}) and clauses that say nothing ({@link EmptyClauses}). */
class ListWordsTest {
  private static List<String> listed(String text) {
    List<Word> words = Words.scan(text);
    boolean[] marks = ListItems.mark(text, words, new Shape(text, words));
    List<String> out = new ArrayList<>();
    for (int i = 0; i < marks.length; i++) {
      if (marks[i]) {
        out.add(words.get(i).lower());
      }
    }
    return out;
  }

  private static List<String> empty(String text) {
    List<Word> words = Words.scan(text);
    boolean[] marks = new boolean[words.size()];
    EmptyClauses.mark(words, new Shape(text, words), marks);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < marks.length; i++) {
      if (marks[i]) {
        out.add(words.get(i).lower());
      }
    }
    return out;
  }

  @Test
  void aListOfTermsIsListedButAVerbThatGovernsItIsNot() {
    // "We alarm on latency" says what is done with the items: the head is not a bare item
    assertThat(listed("We alarm on latency, errors, saturation and traffic."))
        .containsExactly("errors", "saturation", "traffic");
    // "think about" is an empty predicate too: the whole clause says nothing
    assertThat(listed("Think about caching, sharding and replication."))
        .containsExactly("think", "about", "caching", "sharding", "and", "replication");
  }

  @Test
  void theHeadBeforeAColonIsNotAnItemOfTheListAfterIt() {
    // the head names what the items are: a stated idea, like a verb that governs the list
    assertThat(
            listed(
                "monthly review w/ product heads, 1 scoreboard: % traffic moved, lead time, incidents"))
        .doesNotContain("scoreboard")
        .contains("lead", "time", "incidents");
    // "w/" is "with", not a slash between two items
    assertThat(listed("monthly review w/ product heads, 1 scoreboard")).isEmpty();
    // a vague frame before the colon leaves the items bare
    assertThat(listed("Keywords: CloudWatch, throttling, hot partition and retries."))
        .contains("cloudwatch", "throttling", "hot", "partition", "retries");
  }

  @Test
  void sentencesWithSomethingToSayAreNotListed() {
    assertThat(listed("We cache reads for five minutes because the catalog changes daily."))
        .isEmpty();
  }

  @Test
  void anItemThatSaysWhereItComesOrHowMuchIsNotABareTerm() {
    // terse notes order the work: "low-risk first, billing last" is a plan, not a keyword list
    assertThat(listed("flip per service behind flag, low-risk first, billing last")).isEmpty();
    assertThat(listed("Think about throttling, jitter, the hot partition and first-class retries."))
        .contains("throttling", "jitter", "hot", "partition");
  }

  @Test
  void anEmptyPredicateEmptiesItsClause() {
    assertThat(empty("Latency and cost are important.")).contains("latency", "cost");
    assertThat(empty("TTLs matter, as do retries.")).contains("ttls", "retries");
    assertThat(empty("Latency is 40 ms, which is important.")).doesNotContain("40");
    assertThat(empty("The cache holds 10 GB of hot keys.")).isEmpty();
  }
}
