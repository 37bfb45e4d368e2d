package dev.mockloop.session;

import java.util.Objects;

/**
 * A follow-up chosen for a round, with its answer once given.
 *
 * @param id the follow-up's id in the bank
 * @param ask the question as asked
 * @param minutes time it allowed
 * @param answer the answer; null while not yet answered
 */
public record TranscriptFollowUp(String id, String ask, int minutes, TranscriptAnswer answer) {
  public TranscriptFollowUp {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(ask, "ask");
  }
}
