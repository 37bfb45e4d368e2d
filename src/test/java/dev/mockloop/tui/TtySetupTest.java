package dev.mockloop.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.TerminalSize;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TtySetupTest {
  @TempDir Path dir;

  @Test
  void readsTheSavedSettingsThenTheSize() {
    TtySetup s = TtySetup.parse(List.of("500:5:bf:8a3b:3 ", "30 100"));
    assertThat(s.saved()).isEqualTo("500:5:bf:8a3b:3");
    assertThat(s.size()).isEqualTo(new TerminalSize(100, 30));
  }

  @Test
  void noUsableSizeLeavesTheSizeToTheTerminalsQuery() {
    assertThat(TtySetup.parse(List.of("saved")).size()).isNull();
    assertThat(TtySetup.parse(List.of("saved", "0 0")).size()).isNull();
    assertThat(TtySetup.parse(List.of("saved", "stty: not a tty")).size()).isNull();
    assertThat(TtySetup.parse(List.of()).saved()).isEmpty();
  }

  /** A stand-in stty, at a path a shell must quote, logs its arguments and answers -g and size. */
  @Test
  void oneShellSavesSetsRawModeThenPrintsTheSize() throws Exception {
    Path log = dir.resolve("calls");
    Path stty = dir.resolve("it's stty");
    Files.writeString(
        stty,
        "#!/bin/sh\n"
            + "echo \"$*\" >> '"
            + log
            + "'\n"
            + "case \"$1\" in -g) echo 'saved:1:2';; size) echo '24 80';; esac\n");
    Files.setPosixFilePermissions(stty, PosixFilePermissions.fromString("rwx------"));
    String before = System.getProperty(TtySetup.STTY_PROPERTY);
    System.setProperty(TtySetup.STTY_PROPERTY, stty.toString());
    try {
      TtySetup s = TtySetup.run(new File("/dev/null"));
      assertThat(s.saved()).isEqualTo("saved:1:2");
      assertThat(s.size()).isEqualTo(new TerminalSize(80, 24));
      assertThat(Files.readAllLines(log))
          .containsExactly("-g", "-icanon min 1 -echo intr undef", "size");
      s.restore(new File("/dev/null"));
      new TtySetup("", null).restore(new File("/dev/null")); // nothing saved: no stty
      assertThat(Files.readAllLines(log)).endsWith("size", "saved:1:2");
      assertThat(TtySetup.sizeNow(new File("/dev/null")))
          .as("after a resize, the size is stty's, not the terminal's answer to a query")
          .isEqualTo(new TerminalSize(80, 24));
      assertThat(Files.readAllLines(log)).endsWith("saved:1:2", "size");
      System.setProperty(TtySetup.STTY_PROPERTY, dir.resolve("no such stty").toString());
      assertThat(TtySetup.sizeNow(new File("/dev/null"))).as("no stty: Lanterna's query").isNull();
    } finally {
      if (before == null) {
        System.clearProperty(TtySetup.STTY_PROPERTY);
      } else {
        System.setProperty(TtySetup.STTY_PROPERTY, before);
      }
    }
  }
}
