package dev.mockloop.session;

import dev.mockloop.engine.PrinciplesEvidenced;
import java.util.List;
import java.util.Objects;

/**
 * One round in a transcript, self-contained: review needs no bank.
 *
 * @param scenario the scenario id
 * @param sha256 hash of the scenario file when it was asked
 * @param title the scenario title
 * @param topic the scenario topic
 * @param prompt the question as asked
 * @param context the context shown with it; may be empty
 * @param minutes time allowed for the main answer (0 when untimed)
 * @param phase "main", "follow-up N", "scored" or "quit"
 * @param answer the main answer; null until submitted
 * @param followUps the follow-ups chosen, in the order asked
 * @param draft the answer being typed when saved; null when none
 * @param score the round's combined score once scored, else null
 * @param kind "behavioral" for a Leadership Principle question; empty for a design scenario (and in
 *     transcripts written before behavioural questions existed)
 * @param principle the principle a behavioural question asks about; empty otherwise
 * @param selfRating the user's own rating of the round on the grading guide's 0-4 scale, given
 *     before the score was shown; absent when skipped or not asked (and in older transcripts)
 * @param principles the Leadership Principles the round's answers evidenced (covered points' {@code
 *     lp:} tags, counted) and those an interviewer would still probe, as scored; absent when the
 *     round touched none (and in older transcripts), so the debrief needs no bank
 */
public record TranscriptRound(
    String scenario,
    String sha256,
    String title,
    String topic,
    String prompt,
    String context,
    int minutes,
    String phase,
    TranscriptAnswer answer,
    List<TranscriptFollowUp> followUps,
    Draft draft,
    Integer score,
    @com.fasterxml.jackson.annotation.JsonInclude(
            com.fasterxml.jackson.annotation.JsonInclude.Include.NON_EMPTY)
        String kind,
    @com.fasterxml.jackson.annotation.JsonInclude(
            com.fasterxml.jackson.annotation.JsonInclude.Include.NON_EMPTY)
        String principle,
    @com.fasterxml.jackson.annotation.JsonInclude(
            com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
        Integer selfRating,
    @com.fasterxml.jackson.annotation.JsonInclude(
            com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
        PrinciplesEvidenced principles) {
  public TranscriptRound {
    Objects.requireNonNull(scenario, "scenario");
    sha256 = sha256 == null ? "" : sha256;
    title = title == null ? "" : title;
    topic = topic == null ? "" : topic;
    prompt = prompt == null ? "" : prompt;
    context = context == null ? "" : context;
    phase = phase == null ? "main" : phase;
    followUps = followUps == null ? List.of() : List.copyOf(followUps);
    kind = kind == null ? "" : kind;
    principle = principle == null ? "" : principle;
    if (score != null && (score < 0 || score > 100)) {
      throw new IllegalArgumentException("score must be 0..100, was " + score);
    }
    if (selfRating != null && (selfRating < 0 || selfRating > 4)) {
      throw new IllegalArgumentException(
          "self_rating must be 0..4 (the grading guide's scale)," + " was " + selfRating);
    }
    principles = principles == null || principles.isEmpty() ? null : principles;
  }

  /** A round without a self-rating or recorded principles. */
  public TranscriptRound(
      String scenario,
      String sha256,
      String title,
      String topic,
      String prompt,
      String context,
      int minutes,
      String phase,
      TranscriptAnswer answer,
      List<TranscriptFollowUp> followUps,
      Draft draft,
      Integer score,
      String kind,
      String principle) {
    this(
        scenario, sha256, title, topic, prompt, context, minutes, phase, answer, followUps, draft,
        score, kind, principle, null, null);
  }

  /** A design round. */
  public TranscriptRound(
      String scenario,
      String sha256,
      String title,
      String topic,
      String prompt,
      String context,
      int minutes,
      String phase,
      TranscriptAnswer answer,
      List<TranscriptFollowUp> followUps,
      Draft draft,
      Integer score) {
    this(
        scenario, sha256, title, topic, prompt, context, minutes, phase, answer, followUps, draft,
        score, "", "");
  }

  /** The same round with {@code newDraft} as the answer being typed. */
  public TranscriptRound withDraft(Draft newDraft) {
    return new TranscriptRound(
        scenario,
        sha256,
        title,
        topic,
        prompt,
        context,
        minutes,
        phase,
        answer,
        followUps,
        newDraft,
        score,
        kind,
        principle,
        selfRating,
        principles);
  }

  /**
   * Where the round stands, for the resume offer: its phase ("main", "follow-up 2"), and for a
   * round quit in the middle of an answer, which answer ("main, quit mid-answer", "follow-up 1,
   * quit mid-answer").
   */
  public String whereStopped() {
    if (!"quit".equals(phase) || draft == null) {
      return phase;
    }
    for (int i = 0; i < followUps.size(); i++) {
      if (followUps.get(i).id().equals(draft.question())) {
        return "follow-up " + (i + 1) + ", quit mid-answer";
      }
    }
    return "main, quit mid-answer";
  }

  /** True for a Leadership Principle question. */
  public boolean behavioral() {
    return "behavioral".equals(kind);
  }

  /** Seconds spent in the round: every submitted answer plus the draft. */
  public long secondsUsed() {
    long s = answer == null ? 0 : answer.secondsUsed();
    for (TranscriptFollowUp f : followUps) {
      s += f.answer() == null ? 0 : f.answer().secondsUsed();
    }
    return s + (draft == null ? 0 : draft.secondsUsed());
  }
}
