package dev.mockloop.scoring;

/**
 * A follow-up's {@code when_said} phrase found in a main answer (not negated, dismissed or merely
 * restating the question): the evidence that makes the follow-up a dive-deep probe.
 *
 * @param followUp the follow-up's id
 * @param evidence where the phrase matched
 */
public record Said(String followUp, Evidence evidence) {}
