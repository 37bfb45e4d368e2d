package dev.mockloop.line;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jline.terminal.Terminal;
import org.junit.jupiter.api.Test;

/**
 * Answers piped from a file are printed once, after their prompt, as they came: a long line is not
 * broken by JLine's wrapping (it inserted a space and a carriage return at column 160), and no
 * carriage return reaches the pipe.
 */
class PipedEchoTest {
  @Test
  void aLongPipedLineIsPrintedWholeWithoutCarriageReturns() throws Exception {
    List<String> words = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      words.add(String.format("word%03d", i));
    }
    String line = String.join(" ", words); // 479 characters
    String input = line + "\nsecond line\n.\n";
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Terminal t =
        LineMode.piped(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), out);
    try {
      ReadOutcome read = new AnswerReader(t, false).answer("> ", "");
      new Printer(t, false).print("printed after", dev.mockloop.report.ReportLine.Tone.NORMAL);
      t.flush();
      String printed = out.toString(StandardCharsets.UTF_8);
      assertThat(read.text()).isEqualTo(line + "\nsecond line");
      assertThat(printed).doesNotContain("\r");
      assertThat(printed).contains("> " + line + "\n");
      assertThat(printed).contains("printed after\n");
    } finally {
      t.close();
    }
  }
}
