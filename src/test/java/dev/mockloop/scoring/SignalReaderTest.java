package dev.mockloop.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mockloop.bank.Glossary;
import org.junit.jupiter.api.Test;

class SignalReaderTest {
  private static final TextAnalyzer ANALYZER =
      new TextAnalyzer(Glossary.EMPTY, TextAnalyzer.Stemmer.PORTER);

  private static Signals read(String text) {
    return SignalReader.read(new AnalyzedAnswer(text, ANALYZER), 0);
  }

  @Test
  void quantifiedFactsAreNumbersWithUnitsAsWritten() {
    Signals s =
        read(
            "Reads take 1-4ms at 100K QPS, cost $0.25 per million, 99.9% uptime, "
                + "two teams for 6 months, 3 engineers, in 2019 we had 40 of them.");
    assertThat(s.quantifiedFacts())
        .containsExactly(
            "4ms", "100K QPS", "$0.25", "99.9%", "two teams", "6 months", "3 engineers");
  }

  @Test
  void quantitiesSaidInPlainWordsCountToo() {
    Signals s =
        read(
            "About four platform engineers for a year. Months 0-6: the PCI services. "
                + "Certificates last about a day, copied to a second region; a lot of teams, "
                + "$5K a month.");
    assertThat(s.quantifiedFacts())
        .containsExactly("four platform engineers", "a year", "Months 0", "a day", "$5K");
  }

  @Test
  void decisionTradeOffsAndStructure() {
    Signals s =
        read(
            "Today we have one RDS fleet. Because reads dominate, I'd go with "
                + "DynamoDB; the downside is no joins, at the cost of query flexibility. That cut p99 "
                + "from 40 ms to 4 ms.");
    assertThat(s.decision()).isTrue();
    assertThat(s.tradeOffs()).containsExactly("downside", "at the cost of");
    assertThat(s.structure()).containsExactly("situation", "analysis", "decision", "results");
    assertThat(read("DynamoDB is fast.").decision()).isFalse();
  }

  @Test
  void aPlanInTheImperativeStatesADecision() {
    // the blind set's terse notes and plans decide this way; "no-decision" told them otherwise
    assertThat(read("m2-6: build once: a DSAR orchestrator. hire DPO (or fractional).").decision())
        .isTrue();
    assertThat(read("Migrate to Amazon OpenSearch Service on Graviton.").decision()).isTrue();
    assertThat(read("Caching, outside-in:\n- HTTP first\n\nUse ETags for reads.").decision())
        .isTrue();
    // the same verbs opening a noun phrase, or followed by a verb, state nothing
    assertThat(read("Build times are 40 minutes. Use cases vary by team.").decision()).isFalse();
    assertThat(read("Start time of the job is 2 am; run rate is flat.").decision()).isFalse();
    assertThat(read("We then use DynamoDB.").decision())
        .as("not the clause's first word")
        .isFalse();
    // a story is not a plan: "put customers first" there is a value, not a choice
    assertThat(
            SignalReader.read(
                    new AnalyzedAnswer("Put customers first. Keep it simple.", ANALYZER),
                    0,
                    false,
                    0,
                    0)
                .decision())
        .isFalse();
  }

  @Test
  void aCostAcceptedOrAHarmNamedInPlainWordsIsATradeOff() {
    Signals s =
        read(
            "Synchronous writes across regions would hurt latency badly, so replication is"
                + " asynchronous and we'd accept losing about a second of orders in a disaster.");
    assertThat(s.tradeOffs()).containsExactly("would hurt", "we'd accept");
    assertThat(read("I'd go active-passive rather than active-active.").tradeOffs())
        .as("a choice over another, which weak answers say as often as strong ones")
        .isEmpty();
  }

  @Test
  void keywordListsReadAsLists() {
    Signals list = read("DynamoDB, DAX, partition key, GSI, p99, multi-AZ, TTL, CloudWatch");
    Signals lines = read("- DynamoDB\n- DAX\n- partition key\n- GSI\n- global tables");
    Signals prose =
        read(
            "I would put DAX in front of the table so that the hot items are "
                + "served from memory, and the partition key spreads the rest of the load.");
    assertThat(list.listLikeness()).isEqualTo(1.0);
    assertThat(lines.listLikeness()).isEqualTo(1.0);
    assertThat(lines.sentences()).isEqualTo(5);
    assertThat(prose.listLikeness()).isZero();
    assertThat(prose.functionWordShare()).isGreaterThan(0.4);
  }
}
