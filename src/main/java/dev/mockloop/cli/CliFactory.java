package dev.mockloop.cli;

import java.lang.reflect.Constructor;
import picocli.CommandLine;
import picocli.CommandLine.IFactory;

/**
 * picocli's command factory: a class with a {@code (CliContext)} constructor (the root command)
 * gets the context; everything else (commands, converters, the version provider) is made by
 * picocli's default factory.
 */
final class CliFactory implements IFactory {
  private final CliContext context;

  CliFactory(CliContext context) {
    this.context = context;
  }

  @Override
  public <K> K create(Class<K> cls) throws Exception {
    for (Constructor<?> c : cls.getDeclaredConstructors()) {
      Class<?>[] params = c.getParameterTypes();
      if (params.length == 1 && params[0] == CliContext.class) {
        return cls.cast(c.newInstance(context));
      }
    }
    return CommandLine.defaultFactory().create(cls);
  }
}
