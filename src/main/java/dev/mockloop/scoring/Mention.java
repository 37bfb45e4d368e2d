package dev.mockloop.scoring;

/**
 * One matched phrase ({@link Mentions}): the tokens it matched, its evidence, and whether it is
 * negated, restates the question ({@code echo}) or is a bare list item, with its sentence, and
 * whether the evidence's phrase says its idea with a negation inside it ({@link Negation#saysNo} of
 * {@code evidence.phrase()}, carried from the compiled {@link Phrase#saysNo}).
 */
record Mention(
    int[] tokens,
    Evidence evidence,
    boolean negated,
    boolean echo,
    boolean listed,
    int sentence,
    boolean saysNo) {}
