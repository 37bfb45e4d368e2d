package dev.mockloop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mockloop.bank.Level;
import dev.mockloop.bank.Listing;
import dev.mockloop.bank.QuestionKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@link QuestionsTable}: a row whose cells are all plain ASCII is laid out in one step, any other
 * through the wrapping and the safe-text filter; both give the lines the table gave before the
 * plain rows had their own step (the lines below are main's output for the same rows, checked side
 * by side when the step was added).
 */
class QuestionsTableTest {
  private static final String[][] ROWS = {
    {"plain-one", "A plain title", "databases"},
    {"double", "Two  spaces  inside", "reliability"},
    {"leading", "  Leading spaces", "caching"},
    {"trailing", "Trailing space ", "caching"},
    {"tabbed", "A\ttab inside", "net working"},
    {"accent", "Caf\u00e9 r\u00e9sum\u00e9", "databases"},
    {"escape", "Red \u001b[31mtext", "security"},
    {
      "long",
      "A title long enough that it has to wrap within its column at eighty columns wide",
      "databases"
    },
    {"breaks", "Line one\nline two", "ops"},
    {"id with space", "Odd id", " spaced topic "},
  };

  private static List<String> table(int width) {
    List<Listing.Entry> entries = new ArrayList<>();
    for (String[] r : ROWS) {
      entries.add(
          new Listing.Entry(
              r[0], r[1], r[2], Map.of(Level.L6, 10, Level.L7, 15), QuestionKind.DESIGN, null));
    }
    StringBuilder out = new StringBuilder();
    QuestionsTable.print(entries, null, width, out);
    return List.of(out.toString().split(System.lineSeparator()));
  }

  @Test
  void plainAndOtherRowsAreLaidOutAsBefore() {
    assertThat(table(80))
        .containsExactly(
            "ID             TITLE                             TOPIC           LEVELS  MINUTES",
            "plain-one      A plain title                     databases       L6 L7   10/15",
            "double         Two spaces inside                 reliability     L6 L7   10/15",
            "leading        Leading spaces                    caching         L6 L7   10/15",
            "trailing       Trailing space                    caching         L6 L7   10/15",
            "tabbed         A tab inside                      net working     L6 L7   10/15",
            "accent         Caf\u00e9 r\u00e9sum\u00e9                       databases       L6 L7   10/15",
            "escape         Red text                          security        L6 L7   10/15",
            "long           A title long enough that it has   databases       L6 L7   10/15",
            "               to wrap within its column at",
            "               eighty columns wide",
            "breaks         Line one                          ops             L6 L7   10/15",
            "               line two",
            "id with space  Odd id                             spaced topic   L6 L7   10/15");
  }

  @Test
  void aNarrowTableStacksEveryRowAsBefore() {
    assertThat(table(40))
        .containsExactly(
            "ID             LEVELS  MINUTES",
            "    TITLE \u00b7 TOPIC",
            "plain-one      L6 L7   10/15",
            "    A plain title \u00b7 databases",
            "double         L6 L7   10/15",
            "    Two spaces inside \u00b7 reliability",
            "leading        L6 L7   10/15",
            "    Leading spaces \u00b7 caching",
            "trailing       L6 L7   10/15",
            "    Trailing space \u00b7 caching",
            "tabbed         L6 L7   10/15",
            "    A tab inside \u00b7 net working",
            "accent         L6 L7   10/15",
            "    Caf\u00e9 r\u00e9sum\u00e9 \u00b7 databases",
            "escape         L6 L7   10/15",
            "    Red text \u00b7 security",
            "long           L6 L7   10/15",
            "    A title long enough that it has",
            "    to wrap within its column at",
            "    eighty columns wide \u00b7 databases",
            "breaks         L6 L7   10/15",
            "    Line one",
            "    line two \u00b7 ops",
            "id with space  L6 L7   10/15",
            "    Odd id \u00b7 spaced topic");
  }

  @Test
  void plainIsPrintableAsciiWithSingleInnerSpaces() {
    assertThat(QuestionsTable.plain("")).isTrue();
    assertThat(QuestionsTable.plain("A plain title")).isTrue();
    for (String not :
        new String[] {" a", "a ", "a  b", "a\tb", "a\nb", "caf\u00e9", "a\u001bb", "a\u007fb"}) {
      assertThat(QuestionsTable.plain(not)).as(not).isFalse();
    }
  }
}
