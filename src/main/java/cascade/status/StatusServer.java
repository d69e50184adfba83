package cascade.status;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

/**
 * The read-only status page of a running session, on the JDK's HTTP server (nothing to add for two GET
 * routes), bound to 127.0.0.1 only: {@code /} an HTML page that polls {@code /api/status} every two seconds
 * and draws it; {@code /api/status} the JSON the session publishes. Anything but GET is refused (405). The
 * JSON comes from the session's snapshot, which holds no keys or secrets: there are none in a paper session,
 * and the snapshot is built field by field, never from a configuration object.
 */
public final class StatusServer implements AutoCloseable {
    private final HttpServer server;

    /** @param port 0 for any free port */
    public StatusServer(int port, Supplier<String> json) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 16);
        server.createContext("/api/status", ex -> answer(ex, "application/json", json.get()));
        server.createContext("/", ex -> {
            if (!ex.getRequestURI().getPath().equals("/")) {
                answer(ex, 404, "text/plain; charset=utf-8", "not found");
            } else {
                answer(ex, "text/html; charset=utf-8", StatusPage.HTML);
            }
        });
        server.setExecutor(Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "cascade-status");
            t.setDaemon(true);
            return t;
        }));
        server.start();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public String host() {
        return server.getAddress().getAddress().getHostAddress();
    }

    private static void answer(HttpExchange ex, String type, String body) throws IOException {
        answer(ex, 200, type, body);
    }

    private static void answer(HttpExchange ex, int status, String type, String body) throws IOException {
        try (ex) {
            if (!"GET".equals(ex.getRequestMethod()) && !"HEAD".equals(ex.getRequestMethod())) {
                status = 405;
                body = "read-only";
                type = "text/plain; charset=utf-8";
            }
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().set("Content-Type", type);
            ex.getResponseHeaders().set("Cache-Control", "no-store");
            ex.sendResponseHeaders(status, "HEAD".equals(ex.getRequestMethod()) ? -1 : bytes.length);
            if (!"HEAD".equals(ex.getRequestMethod())) {
                try (OutputStream out = ex.getResponseBody()) {
                    out.write(bytes);
                }
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
