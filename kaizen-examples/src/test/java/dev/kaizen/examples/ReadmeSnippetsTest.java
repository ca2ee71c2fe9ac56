package dev.kaizen.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Compiles every {@code java} block of the README against the library, with a wildcard import of
 * every API package, so that a snippet a user copies compiles as it stands and no two API types
 * share a simple name.
 *
 * <p>A block is a method body unless the HTML comment before it says {@code <!-- snippet: members
 * -->} (then it is a class body). The comment {@code <!-- given: Type name, … -->} before a block
 * declares the variables the block uses without defining them (they become the method's parameters,
 * or fields of the class body). A class body that needs nothing given is also run: each of its
 * {@code @Test} methods must pass.
 */
class ReadmeSnippetsTest {
  /** Every exported package of the library modules; the snippets see them all at once. */
  static final List<String> API_PACKAGES =
      List.of(
          "dev.kaizen",
          "dev.kaizen.core",
          "dev.kaizen.validation",
          "dev.kaizen.scoring",
          "dev.kaizen.sixstep",
          "dev.kaizen.a3",
          "dev.kaizen.matrix",
          "dev.kaizen.progression",
          "dev.kaizen.portfolio",
          "dev.kaizen.json",
          "dev.kaizen.testing",
          "dev.kaizen.testing.generators");

  private static final Pattern BLOCK =
      Pattern.compile("((?:<!--[^\\n]*-->\\n)*)```java\\n(.*?)```", Pattern.DOTALL);
  private static final Pattern GIVEN = Pattern.compile("<!-- given: (.*?) -->");

  @TempDir Path classes;

  @TestFactory
  List<DynamicTest> everyJavaBlockOfTheReadmeCompiles() throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"));
    Matcher block = BLOCK.matcher(readme);
    List<DynamicTest> tests = new ArrayList<>();
    while (block.find()) {
      String comments = block.group(1);
      if (comments.contains("<!-- snippet: module descriptor -->")) {
        continue; // a module-info.java of the user's, not code to run
      }
      String code = block.group(2);
      int line = (int) readme.substring(0, block.start(2)).lines().count();
      tests.add(
          DynamicTest.dynamicTest(
              "README.md line " + line, () -> assertCompiles(line, comments, code)));
    }
    assertTrue(tests.size() >= 6, "the README has a Java block per model: " + tests.size());
    return tests;
  }

  private void assertCompiles(int line, String comments, String code) throws Exception {
    Matcher given = GIVEN.matcher(comments);
    String parameters = given.find() ? given.group(1) : "";
    String name = "ReadmeLine" + line;
    StringBuilder source = new StringBuilder();
    for (String pkg : API_PACKAGES) {
      source.append("import ").append(pkg).append(".*;\n");
    }
    source.append("import java.time.LocalDate;\nimport java.util.List;\nimport java.util.Map;\n");
    source.append("import org.junit.jupiter.api.Test;\n");
    source.append("import static org.junit.jupiter.api.Assertions.*;\n");
    source.append("@SuppressWarnings(\"unused\")\nclass ").append(name).append(" {\n");
    if (comments.contains("<!-- snippet: members -->")) {
      for (String field : parameters.isEmpty() ? new String[0] : parameters.split(", ")) {
        source.append("private ").append(field).append(";\n");
      }
      source.append(code);
    } else {
      source.append("void snippet(").append(parameters).append(") throws Exception {\n");
      source.append(code).append("}\n");
    }
    source.append("}\n");
    assertEquals("", compile(name, source.toString()), () -> "README.md line " + line);
    if (comments.contains("<!-- snippet: members -->") && parameters.isEmpty()) {
      runTests(name);
    }
  }

  /**
   * Runs the {@code @Test} methods of a self-contained class-body snippet: a test shown in the
   * README passes as written, not only compiles.
   */
  private void runTests(String name) throws Exception {
    try (URLClassLoader loader =
        new URLClassLoader(new URL[] {classes.toUri().toURL()}, getClass().getClassLoader())) {
      Class<?> snippet = loader.loadClass(name);
      Constructor<?> constructor = snippet.getDeclaredConstructor();
      constructor.setAccessible(true);
      Object instance = constructor.newInstance();
      for (Method method : snippet.getDeclaredMethods()) {
        if (method.isAnnotationPresent(Test.class)) {
          method.setAccessible(true);
          try {
            method.invoke(instance);
          } catch (InvocationTargetException e) {
            throw new AssertionError(
                "README test " + method.getName() + " fails as written", e.getCause());
          }
        }
      }
    }
  }

  private String compile(String name, String source) throws IOException {
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    assertNotNull(compiler, "the tests run on a JDK");
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files = compiler.getStandardFileManager(diagnostics, null, null)) {
      JavaFileObject unit =
          new SimpleJavaFileObject(
              URI.create("string:///" + name + ".java"), JavaFileObject.Kind.SOURCE) {
            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) {
              return source;
            }
          };
      List<String> options =
          List.of(
              "-classpath",
              System.getProperty("java.class.path"),
              "-d",
              classes.toString(),
              "-proc:none",
              "-Xlint:all",
              "-Werror");
      StringWriter out = new StringWriter();
      boolean ok = compiler.getTask(out, files, diagnostics, options, null, List.of(unit)).call();
      String messages =
          diagnostics.getDiagnostics().stream()
              .map(ReadmeSnippetsTest::describe)
              .collect(Collectors.joining("\n"));
      return ok && messages.isEmpty() ? "" : messages + out + "\n" + numbered(source);
    }
  }

  private static String describe(Diagnostic<? extends JavaFileObject> d) {
    return d.getKind() + " at snippet line " + d.getLineNumber() + ": " + d.getMessage(null);
  }

  private static String numbered(String source) {
    List<String> lines = source.lines().collect(Collectors.toList());
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < lines.size(); i++) {
      out.append(i + 1).append(": ").append(lines.get(i)).append('\n');
    }
    return out.toString();
  }
}
