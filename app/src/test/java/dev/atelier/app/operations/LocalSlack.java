package dev.atelier.app.operations;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A stand-in for Slack's Web API and response URLs on 127.0.0.1 that records response URL posts. User
 * {@code UADMIN} is an admin; {@code users.info} for {@code UGONE} fails with {@code user_not_found}; the
 * first {@code users.info} for {@code USLOW} is rate-limited. Answers to response URLs can be held.
 */
final class LocalSlack implements AutoCloseable {

    record Post(String path, String body) {}

    private final HttpServer server;
    private final List<Post> posts = new CopyOnWriteArrayList<>();
    private final AtomicBoolean limited = new AtomicBoolean();
    volatile CountDownLatch hold;
    final CountDownLatch holding = new CountDownLatch(1);

    LocalSlack() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::answer);
        server.start();
    }

    String apiUrl() {
        return base() + "/api/";
    }

    String responseUrl(String name) {
        return base() + "/response/" + name;
    }

    List<Post> posts() {
        return List.copyOf(posts);
    }

    private String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private void answer(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        if (path.startsWith("/response/")) {
            CountDownLatch held = hold;
            if (held != null) {
                hold = null;
                holding.countDown();
                try {
                    held.await(20, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            posts.add(new Post(path, body));
            reply(exchange, 200, "ok", "text/plain");
            return;
        }
        if (path.equals("/api/users.info") && body.contains("USLOW") && limited.compareAndSet(false, true)) {
            exchange.getResponseHeaders().add("Retry-After", "1");
            reply(exchange, 429, "{\"ok\":false,\"error\":\"ratelimited\"}", "application/json");
            return;
        }
        String json = switch (path) {
            case "/api/auth.test" ->
                "{\"ok\":true,\"url\":\"https://acme.slack.com/\",\"team\":\"Acme\","
                        + "\"user\":\"atelier\",\"team_id\":\"T1\",\"user_id\":\"UBOT\",\"bot_id\":\"B1\"}";
            case "/api/users.info" ->
                body.contains("UGONE")
                        ? "{\"ok\":false,\"error\":\"user_not_found\"}"
                        : "{\"ok\":true,\"user\":{\"id\":\"UADMIN\",\"name\":\"ada\",\"is_admin\":"
                                + body.contains("UADMIN") + ",\"is_owner\":false}}";
            default -> "{\"ok\":true,\"channel\":\"D1\",\"ts\":\"1767225600.000100\"}";
        };
        reply(exchange, 200, json, "application/json; charset=utf-8");
    }

    private static void reply(HttpExchange exchange, int status, String text, String type) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
