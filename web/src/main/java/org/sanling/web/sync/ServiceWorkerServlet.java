package org.sanling.web.sync;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.servlet.ServletContext;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * {@code /sw.js}, the service worker at the root scope: {@code WEB-INF/offline/sw.js} with Workbox's
 * {@code self.__WB_MANIFEST} replaced by the files to precache, each with a revision made from its
 * content. Any change to an offline page, the portal's style sheet or the texts changes the worker, so
 * browsers install the new one by themselves.
 */
@WebServlet(ServiceWorkerServlet.PATH)
public class ServiceWorkerServlet extends HttpServlet {

    static final String PATH = "/sw.js";

    private static final String TEMPLATE = "/WEB-INF/offline/sw.js";
    private static final String MANIFEST_PLACEHOLDER = "self.__WB_MANIFEST";
    /** The portal's style sheet as pages ask Faces for it, and where it lies in the web module. */
    private static final Map<String, String> FACES_RESOURCES = Map.of(
            "/jakarta.faces.resource/portal.css.xhtml?ln=sanling", "/resources/sanling/portal.css");
    private static final Set<String> FILES = Set.of("/manifest.webmanifest");
    private static final Set<String> FOLDERS = Set.of("/offline/", "/icons/", "/qr/");

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ServletContext context = getServletContext();
        String worker = new String(read(context, TEMPLATE), StandardCharsets.UTF_8)
                .replace(MANIFEST_PLACEHOLDER, precache(context, request.getContextPath()));
        response.setContentType("text/javascript;charset=UTF-8");
        // Browsers check for a new worker at every navigation; never let a cache answer that check.
        response.setHeader("Cache-Control", "no-cache");
        response.getWriter().write(worker);
    }

    /** Workbox's precache manifest: {@code [{"url","revision"}]}. */
    static String precache(ServletContext context, String contextPath) {
        Map<String, byte[]> contents = new TreeMap<>();
        Set<String> paths = new TreeSet<>(FILES);
        FOLDERS.forEach(folder -> paths.addAll(context.getResourcePaths(folder)));
        paths.stream().filter(p -> !p.endsWith("/")).forEach(p -> contents.put(p, read(context, p)));
        FACES_RESOURCES.forEach((url, path) -> contents.put(url, read(context, path)));
        contents.put(OfflineMessagesServlet.PATH, OfflineMessages.script().getBytes(StandardCharsets.UTF_8));
        JsonArrayBuilder entries = Json.createArrayBuilder();
        contents.forEach((url, content) -> entries.add(Json.createObjectBuilder()
                .add("url", contextPath + url).add("revision", revision(content))));
        return entries.build().toString();
    }

    private static byte[] read(ServletContext context, String path) {
        try (InputStream in = context.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing from the web module: " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String revision(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content), 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
