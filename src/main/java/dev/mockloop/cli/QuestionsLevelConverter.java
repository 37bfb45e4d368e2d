package dev.mockloop.cli;

import dev.mockloop.bank.Level;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads {@code --level} values: L6, L7, l6, 6 or 7. */
public final class QuestionsLevelConverter implements ITypeConverter<Level> {
  @Override
  public Level convert(String value) {
    return Level.parse(value)
        .orElseThrow(() -> new TypeConversionException("expected L6 or L7, got '" + value + "'"));
  }
}
