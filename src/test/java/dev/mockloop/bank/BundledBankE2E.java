package dev.mockloop.bank;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar, run as a user would from a folder with no {@code questions/}: the bank comes
 * from inside the jar (through its zip file system, not {@code target/classes}).
 */
@Tag("e2e")
class BundledBankE2E {
  private static final Path JAR = Path.of("target", "mockloop.jar").toAbsolutePath();

  @TempDir Path cwd;

  private record Result(int status, String out, String err) {}

  private Result run(Map<String, String> extraEnv, String... args)
      throws IOException, InterruptedException {
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar",
                JAR.toString()));
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command).directory(cwd.toFile());
    pb.environment().remove("MOCKLOOP_QUESTIONS");
    pb.environment().putAll(extraEnv);
    pb.redirectOutput(cwd.resolve("out.txt").toFile())
        .redirectError(cwd.resolve("err.txt").toFile());
    Process p = pb.start();
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("finished in time").isTrue();
    return new Result(
        p.exitValue(),
        Files.readString(cwd.resolve("out.txt"), StandardCharsets.UTF_8),
        Files.readString(cwd.resolve("err.txt"), StandardCharsets.UTF_8));
  }

  @Test
  void theJarsBankEntriesScanAsZipFileListsThem() throws Exception {
    List<BankSnapshot.Stamp> scanned = JarBankEntries.scan(JAR.toFile());
    assertThat(scanned)
        .hasSize(BankFiles.yamlFiles(Path.of("questions")).size())
        .containsExactlyInAnyOrderElementsOf(JarBankEntries.throughZipFile(JAR.toFile()));
  }

  @Test
  void theJarStoresTheSnapshotUncompressed() throws Exception {
    try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(JAR.toFile())) {
      java.util.zip.ZipEntry entry = zip.getEntry(BundledSnapshot.RESOURCE);
      assertThat(entry.getMethod()).isEqualTo(java.util.zip.ZipEntry.STORED);
      assertThat(entry.getCompressedSize()).isEqualTo(entry.getSize());
    }
  }

  @Test
  void validatesTheBankInsideTheJar() throws Exception {
    LoadResult shipped = BankLoader.load(Path.of("questions").toAbsolutePath());
    Result r = run(Map.of(), "questions", "validate");
    assertThat(r.err()).isEmpty();
    assertThat(r.out()).doesNotContain("Exception");
    if (shipped.hasErrors()) {
      assertThat(r.status()).isEqualTo(2);
    } else {
      assertThat(r.status()).isZero();
      assertThat(r.out()).startsWith(shipped.bank().scenarios().size() + " scenario");
    }
  }

  @Test
  void listsAndShowsFromTheJar() throws Exception {
    LoadResult shipped = BankLoader.load(Path.of("questions").toAbsolutePath());
    org.junit.jupiter.api.Assumptions.assumeFalse(
        shipped.bank().scenarios().isEmpty(), "nothing shipped yet");
    Scenario first = shipped.bank().scenarios().get(0);

    Result list = run(Map.of(), "questions", "list", "--json");
    assertThat(list.status()).isZero();
    assertThat(list.out())
        .contains("\"id\" : \"" + first.id() + "\"")
        .contains("\"file\" : \"bundled:");

    Result show = run(Map.of("COLUMNS", "60"), "questions", "show", first.id());
    assertThat(show.status()).isZero();
    assertThat(show.out()).startsWith(first.id() + ": ");
    assertThat(show.out().lines())
        .allSatisfy(
            line ->
                assertThat(line.length() <= 60 || line.strip().indexOf(' ') < 0).as(line).isTrue());
  }

  @Test
  void brokenBankFromTheJarIsExit2WithLocatedErrors() throws Exception {
    Path broken = Path.of("src/test/resources/banks/broken").toAbsolutePath();
    Result r = run(Map.of(), "--questions", broken.toString(), "questions", "list");
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err())
        .contains(broken + "/misspelt.yaml:8:5: error: unknown field 'promt'")
        .doesNotContain("Exception")
        .doesNotContain("\tat ");
  }
}
