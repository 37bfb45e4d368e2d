package dev.mockloop.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mockloop.scoring.DimensionScore;
import dev.mockloop.scoring.Evidence;
import dev.mockloop.scoring.Flag;
import dev.mockloop.scoring.LevelRead;
import dev.mockloop.scoring.PointResult;
import dev.mockloop.scoring.ScoreCard;
import dev.mockloop.scoring.Signals;
import java.util.List;

/**
 * The JSON form of a score card, as {@code score --json} and {@code score --batch} print it. Batch
 * lines leave out each point's sentence and hint (they are in the bank), which keeps a
 * 10,000-answer result file a third of the size.
 */
final class ScoreJson {
  static final ObjectMapper MAPPER = new ObjectMapper();

  private ScoreJson() {}

  static ObjectNode card(JsonNode id, ScoreTarget target, ScoreCard card) {
    return card(id, target, card, true);
  }

  static ObjectNode card(JsonNode id, ScoreTarget target, ScoreCard card, boolean texts) {
    ObjectNode o = MAPPER.createObjectNode();
    if (id != null) {
      o.set("id", id);
    }
    o.put("scenario", target.scenario().id());
    o.put("level", target.level().name());
    if (target.followUp() != null) {
      o.put("follow_up", target.followUp().id());
    }
    o.put("score", card.score());
    o.put("band", dev.mockloop.scoring.GradeBand.of(card.score()).toString());
    ArrayNode points = o.putArray("points");
    for (PointResult p : card.points()) {
      ObjectNode n = points.addObject();
      n.put("id", p.id());
      if (texts) {
        n.put("point", p.point());
      }
      n.put("covered", p.covered());
      if (p.covered()) {
        n.put("basis", p.basis());
      }
      n.put("weight", p.weight());
      n.put("dimension", p.dimension());
      evidence(n.putArray("evidence"), p.evidence());
      evidence(n.putArray("negated"), p.negated());
      evidence(n.putArray("echoed"), p.echoed());
      if (!p.unquantified().isEmpty()) {
        evidence(n.putArray("unquantified"), p.unquantified());
      }
      if (!p.hypothetical().isEmpty()) {
        evidence(n.putArray("hypothetical"), p.hypothetical());
      }
      if (texts) {
        n.put("hint", p.hint());
      }
    }
    ArrayNode dims = o.putArray("dimensions");
    for (DimensionScore d : card.dimensions()) {
      dims.addObject()
          .put("dimension", d.dimension())
          .put("earned", d.earned())
          .put("possible", d.possible());
    }
    ArrayNode flags = o.putArray("flags");
    for (Flag f : card.flags()) {
      flags.addObject().put("code", f.code()).put("message", f.message());
    }
    o.set("signals", signals(card.signals()));
    o.set("level_read", levelRead(card.levelRead()));
    if (target.followUp() == null) {
      followUps(o.putArray("follow_ups"), target, card, texts);
    }
    return o;
  }

  /**
   * The level's follow-ups in the order an interviewer would ask them after this main answer
   * (dive-deep probes on what was said first, then gap probes; {@code when_said} probes the answer
   * did not trigger are left out), each with why it would be asked.
   */
  private static void followUps(ArrayNode into, ScoreTarget target, ScoreCard card, boolean texts) {
    List<dev.mockloop.bank.FollowUp> all = target.scenario().level(target.level()).followUps();
    for (dev.mockloop.bank.FollowUp f :
        dev.mockloop.engine.FollowUpChooser.choose(all, card, all.size())) {
      ObjectNode n = into.addObject().put("id", f.id());
      if (texts) {
        n.put("ask", f.ask());
      }
      n.put("why", dev.mockloop.engine.FollowUpChooser.why(f, card));
    }
  }

  /** The error object for one bad batch line. */
  static ObjectNode error(JsonNode id, int line, String message) {
    ObjectNode o = MAPPER.createObjectNode();
    o.set("id", id == null ? MAPPER.nullNode() : id);
    o.put("line", line);
    o.put("error", message);
    return o;
  }

  private static void evidence(ArrayNode into, List<Evidence> spans) {
    for (Evidence e : spans) {
      into.addObject()
          .put("start", e.start())
          .put("end", e.end())
          .put("text", e.text())
          .put("phrase", e.phrase());
    }
  }

  private static ObjectNode signals(Signals s) {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("words", s.words());
    o.put("sentences", s.sentences());
    s.quantifiedFacts().forEach(o.putArray("quantified_facts")::add);
    o.put("decision", s.decision());
    s.tradeOffs().forEach(o.putArray("trade_offs")::add);
    s.structure().forEach(o.putArray("structure")::add);
    o.put("function_word_share", s.functionWordShare());
    o.put("topic_words", s.topicWords());
    o.put("content_words", s.contentWords());
    o.put("said_sentences", s.saidSentences());
    o.put("list_likeness", s.listLikeness());
    return o;
  }

  private static JsonNode levelRead(LevelRead r) {
    if (r == null) {
      return MAPPER.nullNode();
    }
    ObjectNode o = MAPPER.createObjectNode();
    o.put("reads_as", r.readsAs() == null ? null : r.readsAs().name());
    o.put("asked", r.asked().name());
    o.put("l6_coverage", r.l6Coverage());
    o.put("l7_coverage", r.l7Coverage());
    o.put("verdict", r.verdict());
    r.advice().forEach(o.putArray("to_add")::add);
    r.missingForOther().forEach(o.putArray("missing_for_other")::add);
    return o;
  }
}
