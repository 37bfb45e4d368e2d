package dev.mockloop.bank;

import dev.mockloop.io.SafeFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;

/**
 * Loads a question bank from a folder or from the copy bundled in the jar, and validates all of it,
 * collecting every problem with its file, line and column instead of stopping at the first. See
 * {@code docs/question-format.md} for the format and the checks.
 */
public final class BankLoader {
  /** Largest file accepted, in bytes (1 MiB); larger files are refused before parsing. */
  public static final int MAX_FILE_BYTES = 1 << 20;

  /** The {@link Bank#source()} of the bundled bank. */
  public static final String BUNDLED = "bundled";

  private BankLoader() {}

  /** Loads every scenario file under {@code dir}, with its glossary and levels files. */
  public static LoadResult load(Path dir) {
    String shown = dir.toString();
    if (!Files.exists(dir)) {
      return failed(
          shown,
          "question folder "
              + shown
              + " does not exist; check the path (a bank is a folder of *.yaml scenario"
              + " files, see docs/question-format.md)");
    }
    if (!Files.isDirectory(dir)) {
      return failed(shown, shown + " is not a folder; pass the folder holding the *.yaml files");
    }
    return load(dir, shown, shown + dir.getFileSystem().getSeparator());
  }

  /**
   * Loads the bank bundled in the jar (or in {@code target/classes} when run from a build): from
   * its build-time snapshot when that matches the bundled files, else from the YAML.
   */
  public static LoadResult loadBundled() {
    BankSnapshot.Snapshot snapshot = BundledSnapshot.load(true);
    return snapshot != null ? snapshot.result() : loadBundledYaml();
  }

  /** What lists show of the bundled bank, decoding no more of its snapshot than that. */
  public static Listing listBundled() {
    BankSnapshot.Snapshot snapshot = BundledSnapshot.load(false);
    return snapshot != null ? snapshot.listing() : Listing.of(loadBundled());
  }

  /**
   * Copies the bundled bank's files into {@code to}, as a user bank (the AppCDS training run loads
   * one, so that a user bank's start-up path is in the archive too). Nothing when there is none.
   */
  public static void copyBundled(Path to) throws IOException {
    Path root = BankFiles.bundledRoot();
    for (Path rel : root == null ? List.<Path>of() : BankFiles.yamlFiles(root)) {
      Path target = to.resolve(BankFiles.slashed(rel));
      Files.createDirectories(target.getParent());
      Files.copy(root.resolve(rel), target);
    }
  }

  /** The bundled bank parsed from its YAML files, never from the snapshot. */
  public static LoadResult loadBundledYaml() {
    try {
      Path root = BankFiles.bundledRoot();
      if (root == null) {
        return failed(BUNDLED, "this build carries no bundled question bank; pass --questions DIR");
      }
      return load(root, BUNDLED, BUNDLED + ":");
    } catch (IOException e) {
      return failed(BUNDLED, "cannot open the bundled question bank: " + e.getMessage());
    }
  }

  /** Loads the bank under {@code root}, naming files {@code prefix + relative path}. */
  static LoadResult load(Path root, String source, String prefix) {
    List<Path> files;
    try {
      files = BankFiles.yamlFiles(root);
    } catch (IOException | UncheckedIOException e) {
      return failed(source, "cannot list " + source + ": " + e.getMessage());
    }
    List<Path> scenarios = files.stream().filter(f -> !BankFiles.isRootFile(f)).toList();
    if (scenarios.isEmpty()) {
      return failed(
          source,
          "no scenario files in "
              + source
              + "; expected *.yaml files, see docs/question-format.md");
    }
    List<Problem> problems = new ArrayList<>();
    GlossaryIndex glossary = GlossaryIndex.EMPTY;
    LevelGuide guide = LevelGuide.EMPTY;
    if (files.stream().anyMatch(f -> f.toString().equals(RootFiles.GLOSSARY))) {
      FileContext ctx = new FileContext(prefix + RootFiles.GLOSSARY, problems, null, null);
      YamlNode node = readTree(root.resolve(RootFiles.GLOSSARY), ctx.file(), problems);
      glossary = node == null ? GlossaryIndex.EMPTY : RootFiles.glossary(ctx, node);
    }
    if (files.stream().anyMatch(f -> f.toString().equals(RootFiles.LEVELS))) {
      FileContext ctx = new FileContext(prefix + RootFiles.LEVELS, problems, null, null);
      YamlNode node = readTree(root.resolve(RootFiles.LEVELS), ctx.file(), problems);
      guide = node == null ? LevelGuide.EMPTY : RootFiles.levels(ctx, node);
    }
    GlossaryIndex g = glossary;
    LevelGuide l = guide;
    List<FileResult> results =
        scenarios.parallelStream()
            .map(rel -> loadScenario(root.resolve(rel), prefix + rel, g, l))
            .toList();
    BankChecks checks = new BankChecks(problems, guide);
    results.forEach(r -> checks.add(r.parsed(), r.problems(), r.dimensions()));
    List<Scenario> valid = checks.finish();
    problems.sort(Problem.ORDER);
    List<Scenario> sorted = valid.stream().sorted(Comparator.comparing(Scenario::id)).toList();
    return new LoadResult(new Bank(source, sorted, glossary.glossary(), guide), problems);
  }

  /** One scenario file's outcome, kept apart so files can load in parallel. */
  record FileResult(
      ScenarioParser.Parsed parsed,
      List<Problem> problems,
      List<FileContext.DimensionUse> dimensions) {}

  private static FileResult loadScenario(
      Path file, String shown, GlossaryIndex glossary, LevelGuide guide) {
    List<Problem> problems = new ArrayList<>();
    FileContext ctx = new FileContext(shown, problems, glossary, guide);
    try {
      byte[] bytes = BankFiles.read(file, shown, MAX_FILE_BYTES, problems);
      YamlNode root = bytes == null ? null : tree(bytes, shown, problems);
      if (root == null) {
        return new FileResult(new ScenarioParser.Parsed(null, null, shown), problems, List.of());
      }
      ScenarioParser.Parsed parsed = ScenarioParser.parse(ctx, root, sha256(bytes));
      return new FileResult(parsed, problems, ctx.dimensions());
    } catch (IOException e) {
      problems.add(Problem.error(shown, 0, 0, "cannot read: " + SafeFiles.reason(e)));
    } catch (RuntimeException e) {
      problems.add(
          Problem.error(
              shown,
              0,
              0,
              "could not check this file (an internal error);"
                  + " please report it with the file attached"));
    }
    return new FileResult(new ScenarioParser.Parsed(null, null, shown), problems, List.of());
  }

  private static YamlNode readTree(Path file, String shown, List<Problem> problems) {
    try {
      byte[] bytes = BankFiles.read(file, shown, MAX_FILE_BYTES, problems);
      return bytes == null ? null : tree(bytes, shown, problems);
    } catch (IOException e) {
      problems.add(Problem.error(shown, 0, 0, "cannot read: " + SafeFiles.reason(e)));
      return null;
    }
  }

  private static YamlNode tree(byte[] bytes, String shown, List<Problem> problems) {
    String text = SourceText.decode(shown, bytes, problems);
    if (text == null || !SourceText.checkIndentation(shown, text, problems)) {
      return null;
    }
    return YamlReader.read(shown, text, problems);
  }

  private static LoadResult failed(String source, String message) {
    return new LoadResult(
        new Bank(source, List.of(), Glossary.EMPTY), List.of(Problem.error(source, 0, 0, message)));
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every Java platform", e);
    }
  }
}
