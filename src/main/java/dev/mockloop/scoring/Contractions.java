package dev.mockloop.scoring;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A negation written the other way: a rubric's "does not scale" also matches "doesn't scale", and
 * its "can't pause" also matches "cannot pause" ({@link CompiledRubric} adds the other form as one
 * more alternative). The analyzer keeps "doesn't" as one word, so without this an author had to
 * list both forms, and an answer in the form the author did not write lost the point.
 */
final class Contractions {
  // spotless:off
  private static final String[][] PAIRS = {
    {"does not", "doesn't"}, {"do not", "don't"}, {"did not", "didn't"}, {"is not", "isn't"},
    {"are not", "aren't"}, {"was not", "wasn't"}, {"were not", "weren't"}, {"cannot", "can't"},
    {"can not", "can't"}, {"will not", "won't"}, {"would not", "wouldn't"},
    {"should not", "shouldn't"}, {"has not", "hasn't"}, {"have not", "haven't"},
    {"could not", "couldn't"},
  };
  // spotless:on
  private static final Pattern FORMS = pattern();

  private Contractions() {}

  private static Pattern pattern() {
    StringBuilder alt = new StringBuilder();
    for (String[] pair : PAIRS) {
      for (String form : pair) {
        alt.append(alt.length() == 0 ? "" : "|").append(Pattern.quote(form));
      }
    }
    return Pattern.compile("\\b(" + alt + ")\\b");
  }

  /**
   * The text with each negation in its other form ("does not" to "doesn't", "can't" to "cannot"),
   * or null when it has none.
   */
  static String other(String text) {
    String lower = text.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
    Matcher m = FORMS.matcher(lower);
    if (!m.find()) {
      return null;
    }
    StringBuilder out = new StringBuilder();
    int last = 0;
    do {
      out.append(lower, last, m.start()).append(swap(m.group(1)));
      last = m.end();
    } while (m.find());
    return out.append(lower.substring(last)).toString();
  }

  private static String swap(String form) {
    for (String[] pair : PAIRS) {
      if (pair[0].equals(form)) {
        return pair[1];
      }
      if (pair[1].equals(form)) {
        return pair[0];
      }
    }
    return form;
  }
}
