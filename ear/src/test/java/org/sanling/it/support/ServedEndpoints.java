package org.sanling.it.support;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import org.jboss.shrinkwrap.api.exporter.ExplodedExporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The endpoints the portal serves, read from the JAX-RS classes of the web module in the EAR under test (the
 * web classes are not on the tests' class path): each as {@code "GET /api/v1/…"}. Only classes whose bytes name
 * a JAX-RS path annotation are loaded, so Faces views and their libraries need not resolve here.
 */
public final class ServedEndpoints {

    private static final String WEB_MODULE = "sanling-web.war";
    private static final byte[] PATH = "Ljakarta/ws/rs/Path;".getBytes(StandardCharsets.UTF_8);
    private static final byte[] APPLICATION_PATH = "Ljakarta/ws/rs/ApplicationPath;".getBytes(StandardCharsets.UTF_8);

    private ServedEndpoints() {
    }

    /**
     * Every resource method as {@code "<HTTP method> <path>"}, and every sub-resource locator as
     * {@code "LOCATOR <path>"} (whose methods a walk of paths could not see).
     */
    public static Set<String> all() throws IOException, ClassNotFoundException {
        java.nio.file.Path exploded = Files.createTempDirectory("sanling-web");
        try {
            return read(exploded);
        } finally {
            try (Stream<java.nio.file.Path> files = Files.walk(exploded)) {
                for (java.nio.file.Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
    }

    private static Set<String> read(java.nio.file.Path exploded) throws IOException, ClassNotFoundException {
        Portal.ear().getAsType(WebArchive.class, WEB_MODULE).as(ExplodedExporter.class).exportExploded(exploded.toFile(), "web");
        java.nio.file.Path classes = exploded.resolve("web/WEB-INF/classes");
        List<URL> classPath = new ArrayList<>(List.of(classes.toUri().toURL()));
        java.nio.file.Path lib = exploded.resolve("web/WEB-INF/lib");
        if (Files.isDirectory(lib)) {
            try (Stream<java.nio.file.Path> jars = Files.list(lib)) {
                for (java.nio.file.Path jar : jars.toList()) {
                    classPath.add(jar.toUri().toURL());
                }
            }
        }
        List<Class<?>> annotated = new ArrayList<>();
        try (URLClassLoader loader = new URLClassLoader(classPath.toArray(URL[]::new), ServedEndpoints.class.getClassLoader());
             Stream<java.nio.file.Path> files = Files.walk(classes)) {
            for (java.nio.file.Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                byte[] bytes = Files.readAllBytes(file);
                if (contains(bytes, PATH) || contains(bytes, APPLICATION_PATH)) {
                    String name = classes.relativize(file).toString().replace(file.getFileSystem().getSeparator(), ".");
                    annotated.add(loader.loadClass(name.substring(0, name.length() - ".class".length())));
                }
            }
            String root = annotated.stream().filter(c -> c.isAnnotationPresent(ApplicationPath.class))
                    .map(c -> c.getAnnotation(ApplicationPath.class).value()).findFirst()
                    .orElseThrow(() -> new AssertionError("no @ApplicationPath in " + WEB_MODULE));
            Set<String> endpoints = new TreeSet<>();
            for (Class<?> resource : annotated) {
                if (resource.isAnnotationPresent(Path.class)) {
                    String base = join(root, resource.getAnnotation(Path.class).value());
                    for (Method method : resource.getMethods()) {
                        endpoint(base, method).ifPresent(endpoints::add);
                    }
                }
            }
            return endpoints;
        }
    }

    private static Optional<String> endpoint(String base, Method method) {
        String path = method.isAnnotationPresent(Path.class) ? join(base, method.getAnnotation(Path.class).value()) : base;
        return Stream.of(method.getAnnotations())
                .filter(a -> a.annotationType().isAnnotationPresent(HttpMethod.class))
                .map(a -> a.annotationType().getAnnotation(HttpMethod.class).value() + " " + path)
                .findFirst()
                .or(() -> method.isAnnotationPresent(Path.class) ? Optional.of("LOCATOR " + path) : Optional.empty());
    }

    /** Joins path segments with single slashes; a template's regular expression ({@code {id: \d+}}) is dropped. */
    private static String join(String base, String path) {
        String joined = ("/" + base + "/" + path).replaceAll("/+", "/").replaceAll("/$", "");
        return joined.replaceAll("\\{\\s*(\\w+)\\s*:[^}]*}", "{$1}");
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
