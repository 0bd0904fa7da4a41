package org.fazhi.governance.cli;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.module.ModuleDescriptor;
import java.net.URL;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Every Fazhi module on this test's class path: its module descriptor (read from its {@code module-info.class}),
 * the packages its classes live in, and its classes as ArchUnit sees them. governance-cli's tests see all of
 * them: the library modules through its own dependencies, examples and governance-spark as test dependencies.
 */
final class LibraryModules {
    static final String BASE = "org.fazhi.governance";
    /** governance-spark has no descriptor: Spark is not modular, so it is an automatic module (manifest name). */
    static final String SPARK = "org.fazhi.governance.spark";

    /** The main classes of every Fazhi module, imported once (tests and their jars left out). */
    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(BASE);

    /** The descriptors of the named Fazhi modules, by name. */
    static final Map<String, ModuleDescriptor> DESCRIPTORS;
    /** The packages of each Fazhi module (spark included), by module name. */
    static final Map<String, Set<String>> PACKAGES;

    static {
        Map<String, ModuleDescriptor> descriptors = new TreeMap<>();
        Map<String, String> containers = new LinkedHashMap<>();
        try {
            Enumeration<URL> infos = LibraryModules.class.getClassLoader().getResources("module-info.class");
            while (infos.hasMoreElements()) {
                URL url = infos.nextElement();
                ModuleDescriptor d;
                try (InputStream in = url.openStream()) {
                    d = ModuleDescriptor.read(in);
                }
                if (d.name().startsWith(BASE + ".")) {
                    descriptors.put(d.name(), d);
                    String u = location(url.toExternalForm());
                    containers.put(u.substring(0, u.length() - "module-info.class".length()), d.name());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Set<String>> packages = new TreeMap<>();
        for (JavaClass c : CLASSES) {
            String source = c.getSource().map(s -> location(s.getUri().toString())).orElse("");
            String module = containers.entrySet().stream().filter(e -> source.startsWith(e.getKey()))
                    .map(Map.Entry::getValue).findFirst()
                    .orElse(c.getPackageName().startsWith(SPARK) ? SPARK : "(unnamed)");
            packages.computeIfAbsent(module, k -> new TreeSet<>()).add(c.getPackageName());
        }
        DESCRIPTORS = descriptors;
        PACKAGES = packages;
    }

    private LibraryModules() {}

    /** A class file's location without its scheme, so that a class loader's URL and ArchUnit's URI compare. */
    private static String location(String uri) {
        return uri.replaceFirst("^jar:", "").replaceFirst("^file:/*", "/");
    }

    /** The module a package belongs to, if it is one of ours. */
    static Optional<String> moduleOf(String packageName) {
        return PACKAGES.entrySet().stream().filter(e -> e.getValue().contains(packageName)).map(Map.Entry::getKey)
                .findFirst();
    }

    /** Public top-level types of a package, sorted by simple name. */
    static List<JavaClass> publicTypes(String packageName) {
        List<JavaClass> types = new ArrayList<>();
        for (JavaClass c : CLASSES) {
            if (c.getPackageName().equals(packageName) && c.isTopLevelClass()
                    && c.getModifiers().contains(JavaModifier.PUBLIC)) {
                types.add(c);
            }
        }
        types.sort((a, b) -> a.getSimpleName().compareTo(b.getSimpleName()));
        return types;
    }

    /** Public member types of a public type, recursively, as {@code Outer.Inner}, sorted. */
    static List<String> publicNested(JavaClass type) {
        List<String> names = new ArrayList<>();
        for (JavaClass c : CLASSES) {
            if (c.isMemberClass() && c.getModifiers().contains(JavaModifier.PUBLIC)
                    && c.getEnclosingClass().map(e -> e.equals(type)).orElse(false)) {
                names.add(c.getSimpleName());
                for (String inner : publicNested(c)) {
                    names.add(c.getSimpleName() + "." + inner);
                }
            }
        }
        names.sort(String::compareTo);
        return names;
    }

    /** annotation, enum, record, interface or class. */
    static String kind(JavaClass c) {
        if (c.isAnnotation()) {
            return "annotation";
        }
        if (c.isEnum()) {
            return "enum";
        }
        if (c.isRecord()) {
            return "record";
        }
        return c.isInterface() ? "interface" : "class";
    }
}
