package org.jline.nativ;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** mockloop's stand-in for jline-native's loader (src/main/java/org/jline/nativ). */
class JLineNativeLoaderTest {
  @TempDir Path dir;

  /** The cache folder is named by this version: a new jline-native must change it. */
  @Test
  void itsVersionIsTheJarsOnTheClassPath() throws IOException {
    Properties p = new Properties();
    try (InputStream in =
        JLineNativeLoader.class.getResourceAsStream(
            "/META-INF/maven/org.jline/jline-native/pom.properties")) {
      assertThat(in).isNotNull();
      p.load(in);
    }
    assertThat(p.getProperty("version")).isEqualTo(JLineNativeLoader.VERSION);
  }

  @Test
  void namesThePlatformsFolderAsJlinesOsInfo() {
    assertThat(JLineNativeLoader.folder("Linux", "amd64")).isEqualTo("Linux/x86_64");
    assertThat(JLineNativeLoader.folder("Linux", "aarch64")).isEqualTo("Linux/arm64");
    assertThat(JLineNativeLoader.folder("Mac OS X", "aarch64")).isEqualTo("Mac/arm64");
    assertThat(JLineNativeLoader.folder("Windows 11", "amd64")).isEqualTo("Windows/x86_64");
    assertThat(JLineNativeLoader.libraryName("libjlinenative.dylib"))
        .isEqualTo("libjlinenative.jnilib");
    assertThat(JLineNativeLoader.libraryName("libjlinenative.so")).isEqualTo("libjlinenative.so");
  }

  @Test
  void theCacheIsXdgsThenHomesAndNoneWithoutEither() {
    assertThat(JLineNativeLoader.cacheBase(Map.of("XDG_CACHE_HOME", "/x", "HOME", "/h")))
        .isEqualTo(Path.of("/x", "mockloop"));
    assertThat(JLineNativeLoader.cacheBase(Map.of("XDG_CACHE_HOME", " ", "HOME", "/h")))
        .isEqualTo(Path.of("/h", ".cache", "mockloop"));
    assertThat(JLineNativeLoader.cacheBase(Map.of())).isNull();
    assertThat(JLineNativeLoader.cached(Path.of("/c"), "Linux/x86_64", "libjlinenative.so"))
        .isEqualTo(
            Path.of("/c", "jline-native-" + JLineNativeLoader.VERSION)
                .resolve("Linux/x86_64/libjlinenative.so"));
  }

  /** The copy is the jar's library byte for byte, and nothing is left aside. */
  @Test
  void installsTheJarsLibraryWholeAndReplacesADamagedCopy() throws IOException {
    String resource = "Linux/x86_64/libjlinenative.so";
    byte[] jar;
    try (InputStream in = JLineNativeLoader.class.getResourceAsStream(resource)) {
      jar = in.readAllBytes();
    }
    Path file = JLineNativeLoader.cached(dir, "Linux/x86_64", "libjlinenative.so");
    JLineNativeLoader.install(resource, file);
    assertThat(Files.readAllBytes(file)).isEqualTo(jar);
    Files.writeString(file, "half");
    JLineNativeLoader.install(resource, file);
    assertThat(Files.readAllBytes(file)).isEqualTo(jar);
    try (var files = Files.list(file.getParent())) {
      assertThat(files).containsExactly(file);
    }
  }

  @Test
  void aPlatformWithoutALibraryIsAnError() {
    Path file = dir.resolve("lib.so");
    assertThatThrownBy(() -> JLineNativeLoader.install("Plan9/mips/lib.so", file))
        .isInstanceOf(IOException.class);
    assertThat(file).doesNotExist();
  }
}
