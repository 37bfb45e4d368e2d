package dev.mockloop.tui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mockloop.testing.RandomInputs;
import java.util.Random;
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

  @Test
  void incrementalWordCountMatchesAFullCount() {
    for (long seed = 1; seed <= 1000; seed++) {
      Random r = new Random(seed);
      String start = RandomInputs.of(r, "abc ", 40);
      int at = r.nextInt(41);
      String typed = RandomInputs.of(r, "ab \n", 5);
      int deletes = r.nextInt(4);
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
      assertThat(e.words())
          .as(
              "seed %d: start %s, at %d, typed %s, deletes %d",
              seed, RandomInputs.show(start), at, RandomInputs.show(typed), deletes)
          .isEqualTo(AnswerEditor.countWords(e.text()));
    }
  }
}
