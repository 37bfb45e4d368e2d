package dev.mockloop.tui;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class AnswerEditorTest {
  @Test
  void insertsDeletesAndCountsWords() {
    AnswerEditor e = new AnswerEditor("");
    e.insert("hello world");
    assertThat(e.words()).isEqualTo(2);
    e.wordLeft();
    e.insert("big ");
    assertThat(e.text()).isEqualTo("hello big world");
    e.deleteWordBack();
    assertThat(e.text()).isEqualTo("hello world");
    e.textEnd();
    e.backspace();
    assertThat(e.text()).isEqualTo("hello worl");
    e.textStart();
    e.delete();
    assertThat(e.text()).isEqualTo("ello worl");
  }

  @Test
  void keepsTabsTrailingSpacesAndBlankLinesExactly() {
    AnswerEditor e = new AnswerEditor("a\t b  \n\n\n");
    e.insert("c");
    assertThat(e.text()).isEqualTo("a\t b  \n\n\nc");
  }

  @Test
  void upAndDownKeepTheColumnAcrossWrappedLines() {
    AnswerEditor e = new AnswerEditor("abcdef ghijkl mn");
    WrapLayout l = WrapLayout.of(e.text(), 7);
    e.textStart();
    e.right();
    e.right();
    e.down(l);
    assertThat(e.cursor()).isEqualTo(9);
    e.down(l);
    assertThat(e.cursor()).isEqualTo(16);
    e.up(l);
    assertThat(e.cursor()).isEqualTo(9);
  }

  @Test
  void handlesSurrogatePairsAsOneCharacter() {
    AnswerEditor e = new AnswerEditor("ok 😀");
    e.backspace();
    assertThat(e.text()).isEqualTo("ok ");
  }

  @Property
  void incrementalWordCountMatchesAFullCount(
      @ForAll @StringLength(max = 40) @CharRange(from = 'a', to = 'c') @CharRange(from = ' ',
          to = ' ') String start,
      @ForAll @IntRange(min = 0, max = 40) int at,
      @ForAll @StringLength(max = 5) @CharRange(from = 'a', to = 'b') @CharRange(from = ' ',
          to = ' ') @CharRange(from = '\n', to = '\n') String typed,
      @ForAll @IntRange(min = 0, max = 3) int deletes) {
    AnswerEditor e = new AnswerEditor(start);
    e.textStart();
    for (int i = 0; i < Math.min(at, start.length()); i++) {
      e.right();
    }
    e.insert(typed);
    for (int i = 0; i < deletes; i++) {
      e.backspace();
      e.delete();
    }
    e.deleteWordBack();
    assertThat(e.words()).isEqualTo(AnswerEditor.countWords(e.text()));
  }
}
