package org.jline.nativ;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;

/**
 * mockloop's stand-in for jline-native's loader of the same name (the shaded jar leaves JLine's
 * out; pom.xml), which {@link CLibrary} and JLine's other native classes call as they initialise.
 * JLine's own makes a {@code java.util.logging} logger as it initialises (the logging set-up, 6-7
 * ms of CPU, before the TUI's first frame: {@code dev.mockloop.tui.NativeTty}) and so does its
 * {@link OSInfo}, used here only on platforms it does not name itself; it writes the library to
 * {@code java.io.tmpdir} under a new random name at every start, reads it back to compare, lists
 * that folder on a thread of its own to delete old copies, and deletes its copy at exit (never
 * after a kill). This one writes the library once, into the user's cache folder ({@code
 * $XDG_CACHE_HOME/mockloop} or {@code ~/.cache/mockloop}) under a folder named by JLine's version
 * and the platform, and loads it from there; without a home folder, into a new private temporary
 * folder deleted at exit. As JLine's, it loads from {@code library.jline.path} first when that is
 * set, and throws when the library cannot be loaded (JLine's callers then do without it).
 */
public final class JLineNativeLoader {
  /** jline-native's version, checked against the jar's in a unit test (the cache folder's name). */
  static final String VERSION = "3.30.6";

  private static boolean loaded;
  private static String nativeLibraryPath;

  private JLineNativeLoader() {}

  /** Loads the library unless loaded: true, or a RuntimeException saying why it cannot be. */
  public static synchronized boolean initialize() {
    if (!loaded) {
      String folder = folder(System.getProperty("os.name", ""), System.getProperty("os.arch", ""));
      String name = libraryName(System.mapLibraryName("jlinenative"));
      String given = System.getProperty("library.jline.path");
      try {
        if (given == null
            || !(tryLoad(Path.of(given, folder, name)) || tryLoad(Path.of(given, name)))) {
          nativeLibraryPath = loadCopy(cacheBase(System.getenv()), folder, name);
        }
      } catch (IOException | RuntimeException | LinkageError e) {
        throw new RuntimeException("Unable to load jline native library: " + e.getMessage(), e);
      }
      loaded = true;
    }
    return true;
  }

  /** Where the library was loaded from (null before). */
  public static synchronized String getNativeLibraryPath() {
    return nativeLibraryPath;
  }

  /**
   * The jar's folder for this platform's library ("Linux/x86_64"), as JLine's {@link OSInfo} names
   * it; asked of {@link OSInfo} itself only for a platform not named here, as its class
   * initialisation sets up {@code java.util.logging} too.
   */
  static String folder(String osName, String osArch) {
    String os =
        osName.startsWith("Windows")
            ? "Windows"
            : osName.startsWith("Mac") ? "Mac" : osName.equals("Linux") ? "Linux" : null;
    String arch =
        switch (osArch) {
          case "amd64", "x86_64" -> "x86_64";
          case "aarch64" -> "arm64";
          default -> null;
        };
    return os != null && arch != null
        ? os + "/" + arch
        : OSInfo.getNativeLibFolderPathForCurrentOS();
  }

  /** The file name in the jar: {@code .jnilib} on macOS, as JLine bundles it. */
  static String libraryName(String mapped) {
    return mapped.endsWith(".dylib") ? mapped.replace(".dylib", ".jnilib") : mapped;
  }

  /** The user's cache folder for mockloop, as its bank cache finds it; null without a home. */
  static Path cacheBase(Map<String, String> env) {
    return dev.mockloop.io.UserCache.base(env);
  }

  /** The cached copy's path: {@code base/jline-native-VERSION/OS/ARCH/name}. */
  static Path cached(Path base, String folder, String name) {
    return base.resolve("jline-native-" + VERSION).resolve(folder).resolve(name);
  }

  private static boolean tryLoad(Path file) {
    if (!Files.isRegularFile(file)) {
      return false;
    }
    System.load(file.toAbsolutePath().toString());
    nativeLibraryPath = file.toAbsolutePath().toString();
    return true;
  }

  /** Loads the cached copy, writing it first when it is not there or does not load. */
  private static String loadCopy(Path base, String folder, String name) throws IOException {
    if (base == null) {
      Path dir = Files.createTempDirectory("mockloop-jline");
      dir.toFile().deleteOnExit();
      Path file = dir.resolve(name);
      file.toFile().deleteOnExit();
      install(folder + "/" + name, file);
      return load(file);
    }
    Path file = cached(base, folder, name);
    try {
      return load(file);
    } catch (UnsatisfiedLinkError missingOrDamaged) {
      install(folder + "/" + name, file);
      return load(file);
    }
  }

  private static String load(Path file) {
    String path = file.toAbsolutePath().toString();
    System.load(path);
    return path;
  }

  /**
   * Copies the library for this platform out of the jar to {@code file}: written aside and moved in
   * whole, so a start running at the same time never loads half a file.
   */
  static void install(String resource, Path file) throws IOException {
    Files.createDirectories(file.getParent());
    Path tmp = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
    try (InputStream in = JLineNativeLoader.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IOException("no native library for " + resource + " in the jar");
      }
      Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
      Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }
}
