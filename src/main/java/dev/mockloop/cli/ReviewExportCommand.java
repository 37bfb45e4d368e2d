package dev.mockloop.cli;

import dev.mockloop.session.MarkdownExport;
import dev.mockloop.session.Transcript;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code mockloop review export ID -o FILE.md}: a session as a readable Markdown file. */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Write one session as a readable Markdown transcript.")
public final class ReviewExportCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "ID", description = "The session id (`review list` shows them).")
  String id;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE",
      description = "Where to write it (default: ./<ID>.md); '-' prints it.")
  String output;

  @Override
  public Integer call() {
    RootCommand root = ReviewSupport.root(spec);
    Transcript t = ReviewSupport.transcript(root, id);
    String md = MarkdownExport.render(t, ReviewSupport.history(root),
        ReviewSupport.zone(root.env()), MarkdownExport.Mode.MARKDOWN);
    if ("-".equals(output)) {
      spec.commandLine().getOut().print(md);
      spec.commandLine().getOut().flush();
      return 0;
    }
    Path file = Path.of(output == null ? t.id() + ".md" : output);
    if (Files.isDirectory(file)) {
      throw UserException.invalid(file + " is a folder; give a file name, e.g. -o "
          + file.resolve(t.id() + ".md"));
    }
    try {
      write(file, md);
    } catch (IOException e) {
      throw new UserException(1, "cannot write " + file + ": " + e.getMessage()
          + "; choose another place with -o FILE", e);
    }
    spec.commandLine().getOut().println("Exported " + t.id() + " to " + file);
    spec.commandLine().getOut().flush();
    return 0;
  }

  /** Writes through a temp file and a rename, so a failed export leaves no half file. */
  private static void write(Path file, String text) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    Files.createDirectories(parent);
    Path tmp = Files.createTempFile(parent, ".export.", ".tmp");
    try {
      Files.writeString(tmp, text, StandardCharsets.UTF_8);
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }
}
