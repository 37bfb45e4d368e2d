package dev.mockloop.bank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mockloop.engine.LoopPlan;
import dev.mockloop.engine.LoopPlanner;
import dev.mockloop.engine.PlanException;
import dev.mockloop.engine.PlanRequest;
import dev.mockloop.engine.RoundSettings;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A snapshot's scenarios ({@link ScenarioSections}) decode one at a time: a round decodes only what
 * it plans, every plan is the one the YAML gives, and a listing reads the head alone.
 */
class ScenarioSectionsTest {
  private static final LoadResult SHIPPED =
      BankLoader.load(Path.of("questions"), BankLoader.BUNDLED, BankLoader.BUNDLED + ":");
  private static final byte[] BYTES =
      BankSnapshot.encode(
          new BankSnapshot.Header(BankSnapshot.schema(), BankLoader.BUNDLED, 0, List.of()),
          SHIPPED);

  private static Bank fromSnapshot() {
    return BankSnapshot.decode(BYTES, true).result().bank();
  }

  private static int decoded(Bank bank) {
    return ((ScenarioSections) bank.scenarios()).decodedCount();
  }

  @Test
  void aNamedRoundDecodesOnlyItsScenario() {
    Bank bank = fromSnapshot();
    assertThat(decoded(bank)).isZero();
    PlanRequest req =
        new PlanRequest(
            Level.L6, List.of(), List.of("dynamodb-vs-rds"), 0, 1, RoundSettings.DEFAULT);
    LoopPlan plan = LoopPlanner.plan(bank, req);
    assertThat(decoded(bank)).isEqualTo(1);
    assertThat(plan).isEqualTo(LoopPlanner.plan(SHIPPED.bank(), req));
    assertThat(bank.ids()).isEqualTo(SHIPPED.bank().ids());
    assertThat(Listing.of(new LoadResult(bank, List.of())).entries())
        .isEqualTo(Listing.of(SHIPPED).entries());
    assertThat(decoded(bank)).isEqualTo(1);
  }

  @Test
  void everyPlanIsTheOneTheYamlBankGives() {
    Bank yaml = SHIPPED.bank();
    List<String> topics = yaml.scenarios().stream().map(Scenario::topic).distinct().toList();
    Random r = new Random(12);
    for (int i = 0; i < 300; i++) {
      Bank bank = fromSnapshot();
      int lp = r.nextInt(4) - 1; // LP_AUTO (-1), 0, 1 or 2
      RoundSettings settings = RoundSettings.DEFAULT.withLp(lp, r.nextInt(6) == 0);
      List<String> topic =
          r.nextInt(3) == 0 ? List.of(topics.get(r.nextInt(topics.size()))) : List.of();
      List<String> named =
          r.nextInt(3) == 0 ? List.of(yaml.ids().get(r.nextInt(yaml.ids().size()))) : List.of();
      PlanRequest req =
          new PlanRequest(
              r.nextBoolean() ? Level.L6 : Level.L7,
              topic,
              named,
              r.nextInt(5),
              r.nextLong(),
              settings);
      assertThat(plan(bank, req)).as("request %s", req).isEqualTo(plan(yaml, req));
    }
  }

  private static Object plan(Bank bank, PlanRequest req) {
    try {
      return LoopPlanner.plan(bank, req);
    } catch (PlanException e) {
      return e.getMessage();
    }
  }

  @Test
  void aScenarioThatDoesNotDecodeComesFromTheYamlLoadedAgain() {
    ScenarioSections stored = (ScenarioSections) fromSnapshot().scenarios();
    ScenarioSections.Sections good = stored.sections();
    byte[] bytes = good.bytes().clone();
    bytes[good.from()[1]] = 0; // a null where scenario 1 starts: its record is refused
    ScenarioSections.Sections bad =
        new ScenarioSections.Sections(bytes, good.from(), good.to(), good.shared());
    List<Listing.Entry> entries = Listing.of(SHIPPED).entries();
    int[] reloads = {0};
    ScenarioSections sections =
        new ScenarioSections(
            bad,
            entries,
            () -> {
              reloads[0]++;
              return SHIPPED.bank();
            });
    assertThat(sections.get(1)).isEqualTo(SHIPPED.bank().scenarios().get(1));
    assertThat(sections.get(0)).isEqualTo(SHIPPED.bank().scenarios().get(0));
    assertThat(sections.get(1)).isSameAs(sections.get(1));
    assertThat(reloads[0]).isEqualTo(1);
    ScenarioSections noYaml = new ScenarioSections(bad, entries, null);
    assertThatThrownBy(() -> noYaml.get(1))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining(entries.get(1).id());
  }

  @Test
  void aListingReadsTheHeadAloneAndAWholeReadChecksTheBody() throws IOException {
    byte[] head = BankSnapshot.readHead(new ByteArrayInputStream(BYTES));
    assertThat(head.length).isLessThan(BYTES.length / 4);
    assertThat(BankSnapshot.decode(head, false).listing()).isEqualTo(Listing.of(SHIPPED));
    assertThat(BankSnapshot.decode(head, true)).isNull();
    byte[] damaged = BYTES.clone();
    damaged[damaged.length - 7] ^= 0x10;
    assertThat(BankSnapshot.decode(damaged, false)).isNull();
    assertThat(BankSnapshot.decode(damaged, true)).isNull();
    byte[] damagedHead = BankSnapshot.readHead(new ByteArrayInputStream(damaged));
    assertThat(BankSnapshot.decode(damagedHead, false).listing()).isEqualTo(Listing.of(SHIPPED));
  }
}
