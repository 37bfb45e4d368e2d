package dev.mockloop.session;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mockloop.bank.Bank;
import dev.mockloop.bank.BankLoader;
import dev.mockloop.bank.Level;
import dev.mockloop.bank.RubricPoint;
import dev.mockloop.bank.Scenario;
import dev.mockloop.engine.PrinciplesEvidenced;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PrincipleEvidenceTest {
  @Test
  void technicalRoundsCountTheirTaggedPointsPerPrinciple() {
    Bank bank = BankLoader.load(Path.of("questions")).bank();
    Scenario s = bank.find("dynamodb-vs-rds").orElseThrow();
    List<RubricPoint> tagged =
        s.level(Level.L6).rubric().stream()
            .filter(p -> p.lp() != null && !p.lp().isBlank())
            .toList();
    assertThat(tagged).hasSizeGreaterThanOrEqualTo(2);
    List<PointMark> marks = new ArrayList<>();
    for (int i = 0; i < tagged.size(); i++) {
      marks.add(new PointMark(tagged.get(i).id(), i == 0));
    }
    marks.add(new PointMark("no-such-follow-up/x", true));
    RoundSummary round =
        new RoundSummary(s.id(), s.title(), s.topic(), 50, 60, false, List.of(), marks, null);
    Instant t = Instant.parse("2026-12-02T00:00:00Z");
    History h =
        new History(
            List.of(
                new SessionSummary(
                    "2026-12-02T0000-abcdef",
                    Level.L6,
                    SessionStatus.COMPLETED,
                    t,
                    t,
                    1,
                    List.of(round))),
            List.of(),
            Map.of());
    List<PrincipleEvidence> ev = PrincipleEvidence.of(h, bank);
    assertThat(ev.stream().mapToInt(PrincipleEvidence::asked).sum()).isEqualTo(tagged.size());
    assertThat(ev.stream().mapToInt(PrincipleEvidence::covered).sum()).isEqualTo(1);
    assertThat(ev.get(ev.size() - 1).principle()).isEqualTo(tagged.get(0).lp());
    assertThat(ev)
        .isSortedAccordingTo(java.util.Comparator.comparingInt(PrincipleEvidence::percent));
  }

  @Test
  void theListingsTagsAnswerAsTheRubricsDoForMainAndFollowUpPoints() {
    Bank bank = BankLoader.load(Path.of("questions")).bank();
    Instant t = Instant.parse("2026-12-02T00:00:00Z");
    List<SessionSummary> sessions = new ArrayList<>();
    Map<String, Integer> expected = new java.util.TreeMap<>();
    for (Scenario s : bank.scenarios()) {
      if (s.behavioral()) {
        continue;
      }
      s.levels()
          .forEach(
              (level, spec) -> {
                List<PointMark> marks = new ArrayList<>();
                spec.rubric().forEach(p -> marks.add(new PointMark(p.id(), false)));
                spec.followUps()
                    .forEach(
                        f ->
                            f.rubric()
                                .forEach(
                                    p -> marks.add(new PointMark(f.id() + "/" + p.id(), true))));
                for (PointMark m : marks) { // the look-up the tags replace
                  int slash = m.key().indexOf('/');
                  String lp =
                      PrinciplesEvidenced.tag(
                          slash < 0
                              ? spec.rubric()
                              : spec.followUp(m.key().substring(0, slash)).rubric(),
                          m.key().substring(slash + 1));
                  if (!lp.isBlank()) {
                    expected.merge(lp, 1, Integer::sum);
                  }
                }
                RoundSummary round =
                    new RoundSummary(
                        s.id(), s.title(), s.topic(), 50, 60, false, List.of(), marks, null);
                sessions.add(
                    new SessionSummary(
                        "2026-12-02T0000-" + String.format("%06d", sessions.size()),
                        level,
                        SessionStatus.COMPLETED,
                        t,
                        t,
                        1,
                        List.of(round)));
              });
    }
    History h = new History(sessions, List.of(), Map.of());

    List<PrincipleEvidence> ev = PrincipleEvidence.of(h, BankLoader.listBundled());

    assertThat(expected).isNotEmpty();
    Map<String, Integer> asked = new java.util.TreeMap<>();
    ev.forEach(e -> asked.put(e.principle(), e.asked()));
    assertThat(asked).isEqualTo(expected);
    assertThat(ev).isEqualTo(PrincipleEvidence.of(h, bank));
  }
}
