package com.redshiftloader.architecture;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.sun.source.tree.BlockTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.LineMap;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.ModifiersTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.JavacTask;
import com.sun.source.util.SourcePositions;
import com.sun.source.util.TreeScanner;
import com.sun.source.util.Trees;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;

/**
 * Issue 14's size limits: no source file over 350 lines and no method, constructor or initializer block over 50, in
 * the application and in its tests alike. The sources are parsed with the JDK's own parser (the compiler tree API), so braces in strings,
 * text blocks, character literals and comments never count, and a record's header is not a method while its compact
 * constructor is. A method's size runs from its declaration line (after its annotations) to its closing brace.
 */
class SourceSizeTest {

    static final int MAX_FILE_LINES = 350;
    static final int MAX_METHOD_LINES = 50;

    private static final List<Path> ROOTS = List.of(Path.of("src/main/java"), Path.of("src/test/java"));

    @Test
    void noSourceFileIsLongerThanThreeHundredFiftyLines() {
        List<String> offenders = new ArrayList<>();
        for (Path file : javaFiles()) {
            int lines = lineCount(read(file));
            if (lines > MAX_FILE_LINES) {
                offenders.add(file + ": " + lines + " lines");
            }
        }
        assertThat(offenders)
                .as("files over %d lines; split them by concern", MAX_FILE_LINES)
                .isEmpty();
    }

    @Test
    void noMethodIsLongerThanFiftyLines() {
        List<JavaFileObject> sources =
                javaFiles().stream().map(SourceSizeTest::source).toList();
        List<String> offenders = longMethods(sources, MAX_METHOD_LINES).stream()
                .map(LongMethod::toString)
                .toList();
        assertThat(offenders)
                .as("methods over %d lines; split them into named helpers", MAX_METHOD_LINES)
                .isEmpty();
    }

    @Test
    void theCheckerFindsAFiftyOneLineMethodWhateverBracesItsStringsAndCommentsHold() {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < 41; i++) { // with the ten lines around them, 51
            body.append("        total += ").append(i).append(";\n");
        }
        String code = """
                package sample;

                record Sample(int total) {
                    Sample {
                        if (total < 0) { throw new IllegalArgumentException("}"); }
                    }

                    @Deprecated
                    static int longOne() {
                        int total = 0;
                        String closes = "}}}";
                        String opens = \"""
                            {{{ a text block's braces
                            \""";
                        char brace = '}';
                        // } a comment's brace
                %s        /* } */ return total + closes.length() + opens.length() + brace;
                    }

                    static int shortOne() {
                        return 1;
                    }
                }
                """.formatted(body);

        List<LongMethod> found = longMethods(List.of(source("Sample.java", code)), MAX_METHOD_LINES);
        List<LongMethod> none = longMethods(List.of(source("Sample.java", code)), 51);

        assertThat(found).containsExactly(new LongMethod("Sample.java", "Sample.longOne", 9, 51));
        assertThat(none).isEmpty();
    }

    @Test
    void theCheckerCountsACompactConstructorAndAnInitializerButNotTheRecordHeader() {
        String code = """
                record Pair(
                        int left,
                        int right) {
                    Pair {
                        left = left + 1;
                        right = right + 1;
                    }

                    static {
                        System.out.println("one");
                        System.out.println("two");
                    }
                }
                """;

        List<LongMethod> found = longMethods(List.of(source("Pair.java", code)), 3);

        assertThat(found)
                .containsExactly(
                        new LongMethod("Pair.java", "Pair.<init>", 4, 4),
                        new LongMethod("Pair.java", "Pair.<static initializer>", 9, 4));
    }

    /** A method or constructor longer than the limit: where it starts and how many lines it spans. */
    record LongMethod(String file, String name, int line, int lines) {
        @Override
        public String toString() {
            return file + ":" + line + " " + name + " " + lines + " lines";
        }
    }

    static List<LongMethod> longMethods(List<JavaFileObject> sources, int limit) {
        JavacTask task = (JavacTask)
                ToolProvider.getSystemJavaCompiler().getTask(null, null, null, List.of("-proc:none"), null, sources);
        SourcePositions positions = Trees.instance(task).getSourcePositions();
        List<LongMethod> found = new ArrayList<>();
        try {
            for (CompilationUnitTree unit : task.parse()) {
                new MethodScanner(unit, positions, limit, found).scan(unit, null);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        found.sort(Comparator.comparing(LongMethod::file).thenComparing(LongMethod::line));
        return found;
    }

    /**
     * Visits every method, constructor and initializer block, nested and anonymous classes' included, and keeps the
     * long ones. A lambda is part of the method it is written in.
     */
    private static final class MethodScanner extends TreeScanner<Void, Void> {
        private final CompilationUnitTree unit;
        private final SourcePositions positions;
        private final int limit;
        private final List<LongMethod> found;
        private final String file;
        private final CharSequence text;
        private String enclosing = "";

        MethodScanner(CompilationUnitTree unit, SourcePositions positions, int limit, List<LongMethod> found) {
            this.unit = unit;
            this.positions = positions;
            this.limit = limit;
            this.found = found;
            this.file = unit.getSourceFile().toUri().getPath().substring(1);
            try {
                this.text = unit.getSourceFile().getCharContent(true);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public Void visitClass(ClassTree tree, Void unused) {
            String outer = enclosing;
            String simpleName = tree.getSimpleName().toString();
            enclosing =
                    outer.isEmpty() ? simpleName : outer + "." + (simpleName.isEmpty() ? "<anonymous>" : simpleName);
            try {
                for (Tree member : tree.getMembers()) {
                    if (member instanceof BlockTree block) {
                        String kind = block.isStatic() ? "<static initializer>" : "<initializer>";
                        measure(block, positions.getStartPosition(unit, block), kind);
                    }
                }
                return super.visitClass(tree, unused);
            } finally {
                enclosing = outer;
            }
        }

        @Override
        public Void visitMethod(MethodTree method, Void unused) {
            if (method.getBody() != null) {
                measure(method, declarationStart(method), method.getName().toString());
            }
            return super.visitMethod(method, unused);
        }

        private void measure(Tree body, long start, String name) {
            LineMap lines = unit.getLineMap();
            long first = lines.getLineNumber(start);
            long last = lines.getLineNumber(positions.getEndPosition(unit, body));
            int size = (int) (last - first + 1);
            if (size > limit) {
                found.add(new LongMethod(file, enclosing + "." + name, (int) first, size));
            }
        }

        /** Where the declaration starts once its annotations (and the blanks after them) are passed. */
        private long declarationStart(MethodTree method) {
            ModifiersTree modifiers = method.getModifiers();
            if (modifiers.getAnnotations().isEmpty()) {
                return positions.getStartPosition(unit, method);
            }
            long position =
                    positions.getEndPosition(unit, modifiers.getAnnotations().getLast());
            while (position < text.length() && Character.isWhitespace(text.charAt((int) position))) {
                position++;
            }
            return position;
        }
    }

    private static List<Path> javaFiles() {
        List<Path> files = new ArrayList<>();
        for (Path root : ROOTS) {
            try (Stream<Path> walk = Files.walk(root)) {
                walk.filter(path -> path.toString().endsWith(".java")).sorted().forEach(files::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        assertThat(files).as("Java sources under %s", ROOTS).isNotEmpty();
        return files;
    }

    private static JavaFileObject source(Path file) {
        return source(file.toString(), read(file));
    }

    private static JavaFileObject source(String name, String code) {
        return new SimpleJavaFileObject(URI.create("string:///" + name), JavaFileObject.Kind.SOURCE) {
            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                return code;
            }
        };
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int lineCount(String code) {
        return (int) code.lines().count();
    }
}
