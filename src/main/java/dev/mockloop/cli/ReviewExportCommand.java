package dev.mockloop.cli;

import dev.mockloop.io.SafeFiles;
import dev.mockloop.report.MarkdownExport;
import dev.mockloop.session.Transcript;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code mockloop review export ID -o FILE.md}: a session as a readable Markdown file. */
@Command(name = "export", description = "Write one session as a readable Markdown transcript.")
public final class ReviewExportCommand implements Callable<Integer> {
  @ParentCommand ReviewCommand review;

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "ID", description = "The session id (`review list` shows them).")
  String id;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description =
          "Where to write it: a new file in an existing folder or an existing file"
              + " (default: ./<ID>.md); '-' prints it.")
  String output;

  @Override
  public Integer call() {
    RootCommand root = review.root;
    Transcript t = ReviewSupport.transcript(root, id);
    String md =
        MarkdownExport.render(
            t,
            ReviewSupport.history(root),
            ReviewSupport.zone(root.env()),
            MarkdownExport.Mode.MARKDOWN);
    if ("-".equals(output)) {
      spec.commandLine().getOut().print(md);
      spec.commandLine().getOut().flush();
      return 0;
    }
    Path file = ExportTarget.check(Path.of(output == null ? t.id() + ".md" : output));
    try {
      ExportTarget.write(file, md);
    } catch (IOException e) {
      throw new UserException(
          1,
          "cannot write "
              + file
              + ": "
              + SafeFiles.reason(e)
              + "; choose another place with -o FILE",
          e);
    }
    spec.commandLine().getOut().println("Exported " + t.id() + " to " + file);
    spec.commandLine().getOut().flush();
    return 0;
  }
}
