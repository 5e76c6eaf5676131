import org.jboss.jandex.Indexer;
import org.jboss.jandex.JarIndexer;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Adds a Jandex annotation index ({@code META-INF/jandex.idx}) to every library jar under the given folders,
 * for the build (ear/pom.xml runs it with {@code java}'s source launcher on the libraries of the EAR and of its
 * web module). WildFly reads such an index instead of parsing each class of the jar at every deployment, which
 * was about a third of the deployment's sampled work (docs/benchmarks.md). The EJB module and the web module's
 * own classes are not indexed here: the integration tests add classes to the web module, and a prepared index
 * would hide them from the server.
 */
public final class IndexLibraries {

    public static void main(String[] folders) throws IOException {
        PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
        for (String folder : folders) {
            for (Path jar : jars(Path.of(folder))) {
                if (hasIndex(jar)) {
                    continue; // indexed by its authors, or by an earlier run of the build on the same EAR
                }
                JarIndexer.createJarIndex(jar.toFile(), new Indexer(), true, false, false, quiet, System.err);
            }
        }
    }

    private static boolean hasIndex(Path jar) throws IOException {
        try (JarFile file = new JarFile(jar.toFile())) {
            return file.getEntry("META-INF/jandex.idx") != null;
        }
    }

    private static List<Path> jars(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.toString().endsWith(".jar")).sorted().collect(Collectors.toList());
        }
    }
}
