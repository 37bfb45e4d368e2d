package dev.mockloop.session;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mockloop.bank.Level;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UserStateTest {
  @TempDir Path dir;

  @Test
  void remembersTheLastLevelAcrossInstances() throws IOException {
    assertThat(new UserState(dir).lastLevel()).isEmpty();
    new UserState(dir).rememberLevel(Level.L7);
    assertThat(new UserState(dir).lastLevel()).contains(Level.L7);
    new UserState(dir).rememberLevel(Level.L6);
    assertThat(new UserState(dir).lastLevel()).contains(Level.L6);
    assertThat(Files.readString(dir.resolve(UserState.FILE))).contains("last_level=L6");
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly(UserState.FILE);
    }
  }

  @Test
  void theSelfRatingStepIsOnUntilTurnedOffAndKeepsTheLevel() throws IOException {
    assertThat(new UserState(dir).selfRate()).isTrue();
    new UserState(dir).rememberLevel(Level.L7);
    new UserState(dir).rememberSelfRate(false);
    assertThat(new UserState(dir).selfRate()).isFalse();
    assertThat(Files.readString(dir.resolve(UserState.FILE)))
        .contains("self_rate=off")
        .contains("last_level=L7");
    new UserState(dir).rememberSelfRate(true);
    assertThat(new UserState(dir).selfRate()).isTrue();
    assertThat(new UserState(dir).lastLevel()).contains(Level.L7);
    assertThat(Files.readString(dir.resolve(UserState.FILE))).doesNotContain("self_rate");
  }

  @Test
  void aDamagedOrForeignFileMeansNothingRemembered() throws IOException {
    Files.writeString(dir.resolve(UserState.FILE), "last_level=L9\n\\u12");
    assertThat(new UserState(dir).lastLevel()).isEmpty();
    new UserState(dir).rememberLevel(Level.L7);
    assertThat(new UserState(dir).lastLevel()).contains(Level.L7);
  }

  @Test
  void anUnwritableFolderIsNotAnError() throws IOException {
    Path file = Files.writeString(dir.resolve("not-a-folder"), "x");
    new UserState(file).rememberLevel(Level.L7);
    assertThat(new UserState(file).lastLevel()).isEmpty();
  }

  @Test
  void whatIsWrittenInTheBackgroundIsReadBackAsIfWrittenAtOnce() throws IOException {
    new UserState(dir).rememberSelfRate(false);
    new UserState(dir).rememberInBackground(Level.L7, true);
    // a read waits for the write: no "off" left over, the level there
    assertThat(new UserState(dir).selfRate()).isTrue();
    assertThat(new UserState(dir).lastLevel()).contains(Level.L7);
    new UserState(dir).rememberInBackground(Level.L6, false);
    UserState.awaitWrites();
    assertThat(Files.readString(dir.resolve(UserState.FILE))).contains("last_level=L6");
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly(UserState.FILE);
    }
  }
}
