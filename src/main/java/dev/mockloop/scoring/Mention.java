package dev.mockloop.scoring;

/**
 * One matched phrase ({@link Mentions}): the tokens it matched, its evidence, and whether it is
 * negated, restates the question ({@code echo}) or is a bare list item, with its sentence.
 */
record Mention(
    int[] tokens, Evidence evidence, boolean negated, boolean echo, boolean listed, int sentence) {}
