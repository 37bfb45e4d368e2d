package dev.mockloop.bank;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Reads one YAML document into {@link YamlNode}s with locations, walking Jackson's token stream.
 * Anchors and aliases are refused outright (the format has no use for them, and it makes alias
 * bombs harmless); nesting is capped; duplicate keys and extra documents are errors.
 */
final class YamlReader {
  /** Deeper than any valid file (a follow-up's phrase list is at depth 8). */
  static final int MAX_DEPTH = 20;

  private static final YAMLFactory FACTORY = newFactory();

  private final String file;
  private final List<Problem> out;
  private final YamlProblems problems;
  private YAMLParser parser;

  private YamlReader(String file, List<Problem> out) {
    this.file = file;
    this.out = out;
    this.problems = new YamlProblems(file, out);
  }

  private static YAMLFactory newFactory() {
    LoaderOptions options = new LoaderOptions();
    options.setMaxAliasesForCollections(10);
    options.setNestingDepthLimit(MAX_DEPTH * 2);
    options.setCodePointLimit(BankLoader.MAX_FILE_BYTES * 2);
    return YAMLFactory.builder()
        .disable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .loaderOptions(options)
        .streamReadConstraints(
            StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH * 2).build())
        .build();
  }

  /**
   * The document's root node; null (with problems added to {@code out}) when the text is empty, is
   * not valid YAML, or uses what the format forbids.
   */
  static YamlNode read(String file, String text, List<Problem> out) {
    return new YamlReader(file, out).readDocument(text);
  }

  private YamlNode readDocument(String text) {
    int before = out.size();
    try (YAMLParser p = FACTORY.createParser(new StringReader(text))) {
      parser = p;
      JsonToken first = p.nextToken();
      if (first == null || first == JsonToken.VALUE_NULL) {
        out.add(
            Problem.error(
                file, 1, 1, "empty file; expected a mapping with id, title, topic and levels"));
        return null;
      }
      YamlNode root = value(first, 1);
      JsonToken next = p.nextToken();
      JsonLocation at = p.currentTokenLocation();
      if (next == JsonToken.VALUE_NULL
          || (next == JsonToken.VALUE_STRING && p.getText().isEmpty())) {
        next = p.nextToken(); // a trailing '---' with nothing after it
      }
      if (root != null && next != null) {
        problems.at(at, "a second YAML document ('---'); put one scenario in each file");
      }
      return out.size() == before ? root : null;
    } catch (Refused e) {
      problems.at(e.at, e.getMessage());
    } catch (MarkedYAMLException e) {
      problems.syntax(e);
    } catch (JsonProcessingException e) {
      problems.invalid(e);
    } catch (IOException | RuntimeException e) {
      problems.unreadable(e);
    }
    return null;
  }

  private YamlNode value(JsonToken token, int depth) throws IOException {
    JsonLocation at = parser.currentTokenLocation();
    int line = at.getLineNr();
    int column = at.getColumnNr();
    if (depth > MAX_DEPTH) {
      throw new Refused(
          at, "nested more than " + MAX_DEPTH + " levels deep; the format needs" + " far fewer");
    }
    if (parser.isCurrentAlias()) {
      throw new Refused(
          at,
          "aliases (*"
              + parser.getText()
              + ") are not supported: the format"
              + " has no use for them; write the value out");
    }
    if (parser.getObjectId() != null) {
      throw new Refused(
          at,
          "anchors (&"
              + parser.getObjectId()
              + ") are not supported: the"
              + " format has no use for them; remove the anchor and write values out");
    }
    return switch (token) {
      case START_OBJECT -> mapping(line, column, depth);
      case START_ARRAY -> sequence(line, column, depth);
      case VALUE_NUMBER_INT -> scalar(line, column, YamlNode.Scalar.Kind.INTEGER);
      case VALUE_NUMBER_FLOAT -> scalar(line, column, YamlNode.Scalar.Kind.DECIMAL);
      case VALUE_TRUE, VALUE_FALSE -> scalar(line, column, YamlNode.Scalar.Kind.BOOLEAN);
      case VALUE_NULL -> new YamlNode.Scalar(line, column, "", YamlNode.Scalar.Kind.NULL);
      default -> scalar(line, column, YamlNode.Scalar.Kind.STRING);
    };
  }

  private YamlNode.Scalar scalar(int line, int column, YamlNode.Scalar.Kind kind)
      throws IOException {
    return new YamlNode.Scalar(line, column, parser.getText(), kind);
  }

  private YamlNode mapping(int line, int column, int depth) throws IOException {
    Map<String, YamlNode> entries = new LinkedHashMap<>();
    Map<String, YamlNode.Scalar> keys = new LinkedHashMap<>();
    JsonToken token;
    while ((token = parser.nextToken()) == JsonToken.FIELD_NAME) {
      JsonLocation at = parser.currentTokenLocation();
      String name = parser.currentName();
      var key =
          new YamlNode.Scalar(at.getLineNr(), at.getColumnNr(), name, YamlNode.Scalar.Kind.STRING);
      YamlNode value = value(parser.nextToken(), depth + 1);
      YamlNode.Scalar earlier = keys.get(name);
      if (earlier != null) {
        problems.at(at, "duplicate key '" + name + "' (first at line " + earlier.line() + ")");
        continue;
      }
      keys.put(name, key);
      if (value != null) {
        entries.put(name, value);
      }
    }
    if (token != JsonToken.END_OBJECT) {
      throw new IOException("unexpected end of input in the mapping at line " + line);
    }
    return new YamlNode.Mapping(line, column, entries, keys);
  }

  private YamlNode sequence(int line, int column, int depth) throws IOException {
    List<YamlNode> items = new ArrayList<>();
    JsonToken token;
    while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
      if (token == null) {
        throw new IOException("unexpected end of input in the list at line " + line);
      }
      YamlNode item = value(token, depth + 1);
      if (item != null) {
        items.add(item);
      }
    }
    return new YamlNode.Sequence(line, column, items);
  }

  /** Stops reading a file at the first construct the format refuses (alias bombs end here). */
  private static final class Refused extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient JsonLocation at;

    Refused(JsonLocation at, String message) {
      super(message, null, false, false);
      this.at = at;
    }
  }
}
