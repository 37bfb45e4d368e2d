package dev.mockloop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each start reads a user bank through its cache: never stale, and damage goes unnoticed. */
class BankCacheCliTest {
  @TempDir Path dir;

  private static String scenario(String title) {
    return "id: s\ntitle: "
        + title
        + "\ntopic: t\nlevels:\n  L6:\n    prompt: P\n    minutes: 5\n"
        + "    rubric:\n      - {id: a, point: A, dimension: d, any: [x, y, z]}\n"
        + "      - {id: b, point: B, dimension: d, any: [u, v, w]}\n    model_answer: M\n";
  }

  private CliRun list() {
    return CliRun.run((String) null, "--questions", dir.toString(), "questions", "list");
  }

  @Test
  void aChangedFileShowsOnTheNextStart() throws IOException {
    Path file = Files.writeString(dir.resolve("s.yaml"), scenario("First title"));
    assertThat(list().out()).contains("First title");
    assertThat(dir.resolve(".mockloop-cache")).exists();
    Files.writeString(file, scenario("Second title"));
    Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis() + 3_000));
    CliRun next = list();
    assertThat(next.out()).contains("Second title").doesNotContain("First title");
    assertThat(
            CliRun.run((String) null, "--questions", dir.toString(), "questions", "show", "s")
                .out())
        .contains("Second title");
  }

  @Test
  void aCorruptCacheIsRebuiltWithoutAWord() throws IOException {
    Files.writeString(dir.resolve("s.yaml"), scenario("The title"));
    CliRun first = list();
    Path cache = dir.resolve(".mockloop-cache");
    byte[] good = Files.readAllBytes(cache);
    byte[] bytes = good.clone();
    bytes[40] ^= 0x10; // in the head, which a listing reads
    Files.write(cache, bytes);
    CliRun again = list();
    assertThat(again.status()).isZero();
    assertThat(again.err()).isEmpty();
    assertThat(again.out()).isEqualTo(first.out());
    assertThat(Files.readAllBytes(cache)).isNotEqualTo(bytes); // rewritten
  }

  @Test
  void aDamagedBodyIsListedFromTheHeadWithoutAWord() throws IOException {
    // the body is read, found damaged and rebuilt when the scenarios are needed (BankCacheTest)
    Files.writeString(dir.resolve("s.yaml"), scenario("The title"));
    CliRun first = list();
    Path cache = dir.resolve(".mockloop-cache");
    byte[] bytes = Files.readAllBytes(cache);
    bytes[bytes.length - 7] ^= 0x10; // in the body: a listing does not read it
    Files.write(cache, bytes);
    CliRun again = list();
    assertThat(again.status()).isZero();
    assertThat(again.err()).isEmpty();
    assertThat(again.out()).isEqualTo(first.out());
    assertThat(Files.readAllBytes(cache)).isEqualTo(bytes);
  }

  @Test
  void aBankWithErrorsFailsFromTheCacheAsFromTheYaml() throws IOException {
    Files.writeString(dir.resolve("s.yaml"), scenario("T").replace("minutes: 5", "minutes: 500"));
    CliRun first = list();
    CliRun second = list();
    assertThat(first.status()).isEqualTo(2);
    assertThat(second.status()).isEqualTo(2);
    assertThat(second.err()).isEqualTo(first.err()).contains("s.yaml:7:");
  }
}
