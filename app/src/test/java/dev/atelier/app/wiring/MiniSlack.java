package dev.atelier.app.wiring;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A tiny stand-in for Slack's Web API and response URLs on 127.0.0.1 that records what it is sent. */
final class MiniSlack implements AutoCloseable {

    record Call(String path, String body) {}

    private final HttpServer server;
    private final List<Call> calls = new CopyOnWriteArrayList<>();

    MiniSlack() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::answer);
        server.start();
    }

    String apiUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/api/";
    }

    String responseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/response/1";
    }

    List<Call> calls() {
        return List.copyOf(calls);
    }

    private void answer(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        calls.add(new Call(path, new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
        String json = switch (path) {
            case "/api/auth.test" ->
                "{\"ok\":true,\"url\":\"https://acme.slack.com/\",\"team\":\"Acme\",\"user\":\"atelier\","
                        + "\"team_id\":\"T1\",\"user_id\":\"UBOT\",\"bot_id\":\"B1\"}";
            case "/api/users.info" ->
                "{\"ok\":true,\"user\":{\"id\":\"UADMIN\",\"name\":\"ada\",\"is_admin\":true," + "\"is_owner\":false}}";
            case "/api/conversations.create" ->
                "{\"ok\":true,\"channel\":{\"id\":\"G1\",\"name\":\"atelier-1-ann\"," + "\"is_private\":true}}";
            case "/api/conversations.open" -> "{\"ok\":true,\"channel\":{\"id\":\"D1\"}}";
            case "/api/conversations.setTopic", "/api/conversations.invite" ->
                "{\"ok\":true,\"channel\":{\"id\":\"G1\"}}";
            default -> "{\"ok\":true,\"channel\":\"G1\",\"ts\":\"1767225600.000100\"}";
        };
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
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
