package org.stepahead.architecture;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.ModifiersTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.DocTrees;
import com.sun.source.util.JavacTask;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;
import javax.lang.model.element.Modifier;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Finds the public types, constructors and methods of a module's API packages that have no Javadoc comment. Javadoc's
 * own doclint checks what comments say (run by the build with {@code doclint} on); this check makes sure each part of
 * the API has one. A method that overrides another ({@code @Override}) inherits its comment, and a record's canonical
 * constructor is described by the record's comment.
 */
public final class DocumentedApi {

    private final Path sources;
    private final Predicate<String> apiPackage;

    /**
     * @param sources the module's main sources ({@code src/main/java})
     * @param apiPackage which packages are API
     */
    public DocumentedApi(Path sources, Predicate<String> apiPackage) {
        this.sources = sources;
        this.apiPackage = apiPackage;
    }

    /** Each undocumented part of the API as {@code path:line kind name}, in file order. */
    public List<String> undocumented() {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        try (StandardJavaFileManager files = compiler.getStandardFileManager(null, null, null);
                Stream<Path> walk = Files.walk(sources)) {
            List<Path> javaFiles = walk.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> !p.endsWith("module-info.java") && !p.endsWith("package-info.java"))
                    .sorted()
                    .toList();
            Iterable<? extends JavaFileObject> units = files.getJavaFileObjectsFromPaths(javaFiles);
            JavacTask task = (JavacTask) compiler.getTask(null, files, d -> {}, List.of("-proc:none"), null, units);
            DocTrees docs = DocTrees.instance(task);
            List<String> missing = new ArrayList<>();
            for (CompilationUnitTree unit : task.parse()) {
                String pkg = unit.getPackageName() == null
                        ? ""
                        : unit.getPackageName().toString();
                if (apiPackage.test(pkg)) {
                    new Finder(docs, unit, missing).scan(unit, null);
                }
            }
            return missing;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private final class Finder extends TreePathScanner<Void, Void> {
        private final DocTrees docs;
        private final CompilationUnitTree unit;
        private final List<String> missing;

        Finder(DocTrees docs, CompilationUnitTree unit, List<String> missing) {
            this.docs = docs;
            this.unit = unit;
            this.missing = missing;
        }

        @Override
        public Void visitClass(ClassTree type, Void unused) {
            if (!visible(type.getModifiers(), getCurrentPath())) {
                return null;
            }
            require(type.getSimpleName().toString());
            return super.visitClass(type, unused);
        }

        @Override
        public Void visitMethod(MethodTree method, Void unused) {
            boolean overrides = method.getModifiers().getAnnotations().stream()
                    .anyMatch(a -> a.getAnnotationType().toString().endsWith("Override"));
            boolean compactConstructor =
                    method.getReturnType() == null && isRecord(getCurrentPath()) && isCompact(method);
            if (visible(method.getModifiers(), getCurrentPath()) && !overrides && !compactConstructor) {
                require(
                        method.getName().contentEquals("<init>")
                                ? "constructor"
                                : method.getName().toString());
            }
            return null;
        }

        private void require(String name) {
            if (docs.getDocCommentTree(getCurrentPath()) == null) {
                long line = unit.getLineMap()
                        .getLineNumber(docs.getSourcePositions()
                                .getStartPosition(unit, getCurrentPath().getLeaf()));
                missing.add(sources.toAbsolutePath()
                                .relativize(Path.of(unit.getSourceFile().toUri())) + ":" + line + " "
                        + getCurrentPath().getLeaf().getKind().name().toLowerCase(java.util.Locale.ROOT) + " "
                        + name);
            }
        }

        /** Public, or a member of an interface (public unless private); and every enclosing type visible. */
        private boolean visible(ModifiersTree modifiers, TreePath path) {
            Tree parent = path.getParentPath().getLeaf();
            boolean inInterface = parent instanceof ClassTree owner
                    && (owner.getKind() == Tree.Kind.INTERFACE || owner.getKind() == Tree.Kind.ANNOTATION_TYPE);
            boolean own = modifiers.getFlags().contains(Modifier.PUBLIC)
                    || modifiers.getFlags().contains(Modifier.PROTECTED)
                    || (inInterface && !modifiers.getFlags().contains(Modifier.PRIVATE));
            if (!own) {
                return false;
            }
            if (parent instanceof ClassTree owner) {
                return visible(owner.getModifiers(), path.getParentPath());
            }
            return true;
        }

        /** A compact constructor is written without a parameter list: no parenthesis before its body. */
        private boolean isCompact(MethodTree constructor) {
            try {
                CharSequence text = unit.getSourceFile().getCharContent(true);
                int start = (int) docs.getSourcePositions().getStartPosition(unit, constructor);
                int body = (int) docs.getSourcePositions().getStartPosition(unit, constructor.getBody());
                return start >= 0
                        && body > start
                        && text.subSequence(start, body).toString().indexOf('(') < 0;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private boolean isRecord(TreePath path) {
            return path.getParentPath().getLeaf().getKind() == Tree.Kind.RECORD;
        }
    }
}
