package dev.mockloop.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.mockloop.report.MarkdownExport;
import dev.mockloop.session.Transcript;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code mockloop review show ID}: one session, readable (questions, answers with the matched words
 * marked, points, comparison with the previous attempt), as Markdown, or as JSON.
 */
@Command(
    name = "show",
    description = "Show one session: questions, answers, score cards, previous attempt.")
public final class ReviewShowCommand implements Callable<Integer> {
  @ParentCommand ReviewCommand review;

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "ID", description = "The session id (`review list` shows them).")
  String id;

  static final class Format {
    @Option(names = "--markdown", description = "Print Markdown (as `review export` writes).")
    boolean markdown;

    @Option(names = "--json", description = "Print the transcript as JSON.")
    boolean json;
  }

  @ArgGroup(exclusive = true)
  Format format = new Format();

  @Override
  public Integer call() throws Exception {
    RootCommand root = review.root;
    Transcript t = ReviewSupport.transcript(root, id);
    PrintWriter out = spec.commandLine().getOut();
    if (format.json) {
      out.println(
          new ObjectMapper()
              .registerModule(new JavaTimeModule())
              .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
              .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
              .enable(SerializationFeature.INDENT_OUTPUT)
              .writeValueAsString(t));
    } else {
      out.print(
          MarkdownExport.render(
              t,
              ReviewSupport.history(root),
              ReviewSupport.zone(root.env()),
              format.markdown ? MarkdownExport.Mode.MARKDOWN : MarkdownExport.Mode.TEXT));
    }
    out.flush();
    return 0;
  }
}
