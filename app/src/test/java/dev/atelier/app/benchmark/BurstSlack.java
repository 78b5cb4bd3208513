package dev.atelier.app.benchmark;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/**
 * A stand-in for Slack's Web API (every member whose id contains {@code UADMIN} is an admin) and a
 * receiver of response URL posts, recording when each {@code /response/<name>} was posted to.
 */
final class BurstSlack implements AutoCloseable {

    private final HttpServer server;
    private final Map<String, List<Long>> arrivals = new ConcurrentHashMap<>();

    BurstSlack() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 200);
        server.setExecutor(Executors.newFixedThreadPool(16));
        server.createContext("/", this::answer);
        server.start();
    }

    String apiUrl() {
        return base() + "/api/";
    }

    String responseUrl(String name) {
        return base() + "/response/" + name;
    }

    /** When each post to {@code /response/name} arrived (System.nanoTime), in order. */
    List<Long> arrivals(String name) {
        return arrivals.getOrDefault(name, List.of());
    }

    int posts() {
        return arrivals.values().stream().mapToInt(List::size).sum();
    }

    int distinct() {
        return arrivals.size();
    }

    private String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private void answer(HttpExchange exchange) throws IOException {
        long now = System.nanoTime();
        String path = exchange.getRequestURI().getPath();
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        if (path.startsWith("/response/")) {
            arrivals.computeIfAbsent(path.substring("/response/".length()), k -> new CopyOnWriteArrayList<>())
                    .add(now);
            reply(exchange, "ok");
            return;
        }
        reply(
                exchange,
                switch (path) {
                    case "/api/auth.test" ->
                        "{\"ok\":true,\"url\":\"https://acme.slack.com/\",\"team\":\"Acme\","
                                + "\"user\":\"atelier\",\"team_id\":\"T1\",\"user_id\":\"UBOT\",\"bot_id\":\"B1\"}";
                    case "/api/users.info" ->
                        "{\"ok\":true,\"user\":{\"id\":\"U\",\"name\":\"u\",\"is_admin\":" + body.contains("UADMIN")
                                + ",\"is_owner\":false}}";
                    // a DM's channel comes back as an object (read as a string, every DM's check was unsure)
                    case "/api/conversations.open" -> "{\"ok\":true,\"channel\":{\"id\":\"D1\"}}";
                    default -> "{\"ok\":true,\"channel\":\"D1\",\"ts\":\"1767225600.000100\"}";
                });
    }

    private static void reply(HttpExchange exchange, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
        exchange.sendResponseHeaders(200, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
