package dev.mockloop.scoring;

/**
 * Something the user should know about an answer beyond the rubric, e.g. {@code keyword-list} (the
 * answer reads as a list of terms, not an explanation) or {@code too-short}.
 *
 * @param code stable, machine-readable, {@code [a-z-]+}
 * @param message one sentence for the user, saying what to do about it
 */
public record Flag(String code, String message) {}
