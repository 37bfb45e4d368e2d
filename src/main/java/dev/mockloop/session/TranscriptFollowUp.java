package dev.mockloop.session;

import java.util.Objects;

/**
 * A follow-up chosen for a round, with its answer once given.
 *
 * @param id the follow-up's id in the bank
 * @param ask the question as asked
 * @param minutes time it allowed
 * @param answer the answer; null while not yet answered
 * @param why why it was asked ("Dive deep: you said ...", "Gap: you did not cover ..."), shown only
 *     in review; empty when asked without a trigger (and in older transcripts)
 */
public record TranscriptFollowUp(
    String id,
    String ask,
    int minutes,
    TranscriptAnswer answer,
    @com.fasterxml.jackson.annotation.JsonInclude(
            com.fasterxml.jackson.annotation.JsonInclude.Include.NON_EMPTY)
        String why) {
  public TranscriptFollowUp {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(ask, "ask");
    why = why == null ? "" : why;
  }

  /** A follow-up recorded without a reason. */
  public TranscriptFollowUp(String id, String ask, int minutes, TranscriptAnswer answer) {
    this(id, ask, minutes, answer, "");
  }
}
