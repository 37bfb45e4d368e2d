package dev.mockloop.scoring;

/**
 * How a behavioural answer tells its story, read from its words ({@link StoryReader}).
 *
 * @param singular first-person singular words ("I", "me", "my", "I'd")
 * @param plural first-person plural words ("we", "our", "us")
 * @param told sentences that narrate what happened (a past-tense verb after "I"/"we", or
 *     "was"/"were"/"had")
 * @param real sentences that tell what happened outside any "would" sentence: a past-tense verb
 *     after "I"/"we", or "was"/"were"/"had" in a sentence that does not say what one would do ("If
 *     I were responsible, I would..." is a hypothetical)
 * @param hypothetical sentences that say what one would, will or usually does ("I would...", "I
 *     usually..."), reflections on what one would do differently left out
 * @param outcome whether the answer states an outcome ("as a result", "went from", "dropped",
 *     "shipped", ...)
 * @param numbers numbers, amounts and percentages, years such as 2021 left out
 */
public record Story(
    int singular, int plural, int told, int real, int hypothetical, boolean outcome, int numbers) {}
