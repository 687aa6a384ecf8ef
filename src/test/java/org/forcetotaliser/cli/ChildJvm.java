package org.forcetotaliser.cli;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Starts {@link Main} in a JVM of its own, on the test class path, for tests that kill it. */
final class ChildJvm {
  private ChildJvm() {}

  /** The java binary running this test. */
  static String java() {
    return ProcessHandle.current()
        .info()
        .command()
        .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
  }

  /** The class path of this test run (Surefire states it in its own property). */
  static String classPath() {
    String cp = System.getProperty("surefire.test.class.path");
    return cp == null || cp.isBlank() ? System.getProperty("java.class.path") : cp;
  }

  /**
   * {@code totaliser ARGS} in a new JVM with {@code jvmOptions}, its output and errors sent to
   * files in {@code logs}.
   */
  static Process start(Path logs, List<String> jvmOptions, String... args) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(java());
    command.addAll(jvmOptions);
    command.add("-cp");
    command.add(classPath());
    command.add(Main.class.getName());
    command.addAll(List.of(args));
    return new ProcessBuilder(command)
        .redirectOutput(logs.resolve("stdout.txt").toFile())
        .redirectError(logs.resolve("stderr.txt").toFile())
        .redirectInput(
            ProcessBuilder.Redirect.from(
                new File("/dev/null").exists() ? new File("/dev/null") : new File("NUL")))
        .start();
  }
}
