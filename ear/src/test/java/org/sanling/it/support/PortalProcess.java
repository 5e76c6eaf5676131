package org.sanling.it.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A portal server in a process of its own, as an operator runs one: the WildFly the build provisioned,
 * started with {@code bin/standalone.sh} on a base directory of its own (configuration, the deployed EAR,
 * data) and a port offset, so it runs beside the server Arquillian manages. Unlike Arquillian's server it
 * can be killed with {@code kill -9}.
 */
public final class PortalProcess {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static final Duration STARTUP = Duration.ofMinutes(5);

    private final Path server = Path.of(System.getProperty("jboss.home"));
    private final Path base;
    private final int portOffset;
    private final Map<String, String> environment;
    private Process process;

    /**
     * @param base        an empty folder for the node's configuration, deployment, data and log
     * @param environment variables for the server (e.g. {@code POSTGRESQL_URL}); the test's own
     *                    database variables are not passed on, so without them the node uses its own H2
     */
    public PortalProcess(Path base, int portOffset, Map<String, String> environment) throws IOException {
        this.base = base;
        this.portOffset = portOffset;
        this.environment = environment;
        copy(server.resolve("standalone/configuration"), base.resolve("configuration"));
        withoutManagedDeployments(base.resolve("configuration/standalone.xml"));
        Files.createDirectories(base.resolve("deployments"));
        Files.copy(server.resolve("standalone/deployments/sanling.ear"), base.resolve("deployments/sanling.ear"));
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + (8080 + portOffset);
    }

    /** Starts the server with demo data on and returns once it serves the login page. */
    public void start() throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(server.resolve("bin/standalone.sh").toString(),
                "-Djboss.server.base.dir=" + base,
                "-Djboss.socket.binding.port-offset=" + portOffset,
                "-Djboss.tx.node.id=kill-test-" + portOffset,
                "-Djava.net.preferIPv4Stack=true")
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(base.resolve("console.log").toFile()));
        builder.environment().keySet().removeIf(name -> name.startsWith("POSTGRESQL_"));
        builder.environment().put("SANLING_DEMO", "true");
        builder.environment().putAll(environment);
        process = builder.start();
        Instant deadline = Instant.now().plus(STARTUP);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the server stopped during start-up; the end of " + base.resolve("console.log")
                        + ":\n" + String.join("\n", tail(Files.readAllLines(base.resolve("console.log")), 30)));
            }
            if (servesLoginPage()) {
                return;
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("the server was not ready in " + STARTUP + "; see " + base.resolve("console.log"));
    }

    /**
     * {@code kill -9} of the server's JVM: no shutdown hook, no flush. standalone.sh runs Java as its
     * child, so the JVM is killed, then the script.
     */
    public void kill() throws InterruptedException {
        List<ProcessHandle> tree = Stream.concat(process.descendants(), Stream.of(process.toHandle())).toList();
        tree.forEach(ProcessHandle::destroyForcibly);
        for (ProcessHandle handle : tree) {
            handle.onExit().join();
        }
    }

    /** Stops the server if it still runs (after a failed test too). */
    public void stop() throws InterruptedException {
        if (process != null && process.isAlive()) {
            kill();
        }
    }

    private boolean servesLoginPage() throws InterruptedException {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/login.xhtml")).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException notYet) {
            return false;
        }
    }

    /**
     * Takes out of the copied configuration the deployments that Arquillian's server holds while it runs (the portal
     * the test classes share is deployed for the whole run): their content lies in that server's data folder, which
     * this node does not have, and it would refuse to boot. This node deploys its own copy of the EAR.
     */
    private static void withoutManagedDeployments(Path configuration) throws IOException {
        String xml = Files.readString(configuration);
        Files.writeString(configuration, xml.replaceAll("(?s)\\s*<deployments>.*?</deployments>", ""));
    }

    private static List<String> tail(List<String> lines, int count) {
        return lines.subList(Math.max(0, lines.size() - count), lines.size());
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
    }
}
