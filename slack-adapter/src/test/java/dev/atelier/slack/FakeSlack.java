package dev.atelier.slack;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A local stand-in for the Slack Web API (at {@code /api/<method>}) and for {@code response_url}s
 * (at {@code /respond/<n>}), on 127.0.0.1 and a random port. It records every call with its form or
 * JSON parameters and answers the way Slack does for the methods the adapter uses.
 */
final class FakeSlack implements AutoCloseable {

    static final String TEAM_ID = "T0TEST";
    static final String TEAM_DOMAIN = "atelier-test";
    static final String BOT_USER = "UBOT";

    /** One recorded request: the Web API method (or {@code respond}) and its parameters. */
    record Call(String method, Map<String, String> params, String path) {

        String param(String name) {
            return params.get(name);
        }

        JsonObject json(String name) {
            return JsonParser.parseString(params.get(name)).getAsJsonObject();
        }
    }

    private final HttpServer server;
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private final Set<String> admins = ConcurrentHashMap.newKeySet();
    private final Set<String> takenNames = ConcurrentHashMap.newKeySet();
    private final Set<String> bots = ConcurrentHashMap.newKeySet();
    private final Map<String, String> failures = new ConcurrentHashMap<>();
    private final Map<String, Integer> rateLimited = new ConcurrentHashMap<>();
    private final Set<String> unreachableChannels = ConcurrentHashMap.newKeySet();
    private volatile CountDownLatch usersInfoGate = new CountDownLatch(0);
    private final AtomicInteger responseUrls = new AtomicInteger();
    private final Map<String, Call> created = new ConcurrentHashMap<>();
    private final Map<Call, String> postedTs = java.util.Collections.synchronizedMap(new java.util.IdentityHashMap<>());
    private final FakeSlackAnswers answers = new FakeSlackAnswers(admins, takenNames, bots);
    private final FakeSlackTrouble trouble = new FakeSlackTrouble();

    FakeSlack() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/api/", this::api);
        server.createContext("/respond/", this::respond);
        server.createContext("/upload/", this::upload);
        server.setExecutor(Executors.newCachedThreadPool());
        server.start();
    }

    String apiUrl() {
        return base() + "/api/";
    }

    /** A fresh response_url; posts to it are recorded as method {@code respond}. */
    String responseUrl() {
        return base() + "/respond/" + responseUrls.incrementAndGet();
    }

    FakeSlack admin(String userId) {
        admins.add(userId);
        return this;
    }

    /** users.info says this member is a bot ({@code is_bot}). */
    FakeSlack bot(String userId) {
        bots.add(userId);
        return this;
    }

    /** The conversations.create call that made the channel {@code channelId} (ids are never reused). */
    Call createdChannel(String channelId) {
        Call call = created.get(channelId);
        if (call == null) {
            throw new AssertionError("no channel " + channelId + " was created; created: " + created.keySet());
        }
        return call;
    }

    FakeSlack nameTaken(String name) {
        takenNames.add(name);
        return this;
    }

    /** Makes every call of {@code method} answer {@code ok:false} with {@code error}. */
    FakeSlack failing(String method, String error) {
        failures.put(method, error);
        return this;
    }

    /** Answers the next {@code times} calls of {@code method} with HTTP 429 and Retry-After: 1. */
    FakeSlack rateLimit(String method, int times) {
        rateLimited.put(method, times);
        return this;
    }

    /** chat.postMessage to this channel answers {@code channel_not_found}. */
    FakeSlack unreachable(String channelId) {
        unreachableChannels.add(channelId);
        return this;
    }

    /** Holds every users.info answer until the returned latch is opened (at most 10 seconds). */
    CountDownLatch holdUsersInfo() {
        usersInfoGate = new CountDownLatch(1);
        return usersInfoGate;
    }

    /** 429s, 5xx, lost answers and Slack's channel pace for chat.postMessage; what was posted. */
    FakeSlackTrouble trouble() {
        return trouble;
    }

    /** The ts Slack gave the message a {@code chat.postMessage} call posted (null when it posted nothing). */
    String tsOf(Call post) {
        return postedTs.get(post);
    }

    List<Call> calls() {
        return List.copyOf(calls);
    }

    List<Call> calls(String method) {
        return calls.stream().filter(c -> c.method().equals(method)).toList();
    }

    /** Everything the adapter sent to Slack as text, for assertions on what people would read. */
    String everythingSent() {
        StringBuilder all = new StringBuilder();
        calls.stream()
                .filter(c -> !c.method().equals("users.info") && !c.method().equals("auth.test"))
                .forEach(c -> all.append(c.params()).append('\n'));
        return all.toString();
    }

    void reset() {
        calls.clear();
        failures.clear();
        takenNames.clear();
        unreachableChannels.clear();
        rateLimited.clear();
    }

    private String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private void respond(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        Map<String, String> params = new LinkedHashMap<>();
        JsonObject json = JsonParser.parseString(body).getAsJsonObject();
        json.entrySet()
                .forEach(e -> params.put(
                        e.getKey(),
                        e.getValue().isJsonPrimitive()
                                ? e.getValue().getAsString()
                                : e.getValue().toString()));
        calls.add(new Call("respond", params, exchange.getRequestURI().getPath()));
        send(exchange, 200, "ok", "text/plain");
    }

    /** A file's bytes posted to the upload_url that files.getUploadURLExternal gave; recorded as method {@code upload}. */
    private void upload(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        calls.add(new Call(
                "upload", Map.of("body", body), exchange.getRequestURI().getPath()));
        send(exchange, 200, "OK - " + body.length(), "text/plain");
    }

    private void api(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestURI().getPath().substring("/api/".length());
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        Map<String, String> params =
                FakeSlackForms.parse(exchange.getRequestHeaders().getFirst("Content-Type"), body);
        Call call = new Call(method, params, exchange.getRequestURI().getPath());
        calls.add(call);
        if (takeRateLimit(method)) {
            exchange.getResponseHeaders().add("Retry-After", "1");
            send(exchange, 429, "{\"ok\":false,\"error\":\"ratelimited\"}", "application/json");
            return;
        }
        if (method.equals("users.info")) {
            awaitGate();
        }
        String failure = failures.get(method);
        if (failure == null
                && method.equals("chat.postMessage")
                && unreachableChannels.contains(params.get("channel"))) {
            failure = "channel_not_found";
        }
        FakeSlackTrouble.Refusal refusal =
                failure == null && method.equals("chat.postMessage") ? trouble.check(params.get("channel")) : null;
        if (refusal != null && !refusal.postAnyway()) {
            if (refusal.retryAfter() != null) {
                exchange.getResponseHeaders().add("Retry-After", refusal.retryAfter());
            }
            send(
                    exchange,
                    refusal.status(),
                    "{\"ok\":false,\"error\":\"http_" + refusal.status() + "\"}",
                    "application/json");
            return;
        }
        String answer = failure != null
                ? FakeSlackAnswers.error(failure)
                : method.equals("files.getUploadURLExternal")
                        ? "{\"ok\":true,\"file_id\":\"F0DATA\",\"upload_url\":\"" + base() + "/upload/F0DATA\"}"
                        : method.equals("conversations.history") || method.equals("conversations.replies")
                                ? trouble.history(params, method.equals("conversations.replies"))
                                : answers.answer(method, params);
        if (failure == null && method.equals("chat.postMessage")) {
            String ts =
                    JsonParser.parseString(answer).getAsJsonObject().get("ts").getAsString();
            trouble.remember(params, ts);
            postedTs.put(call, ts);
        }
        if (refusal != null) {
            send(exchange, refusal.status(), "{\"ok\":false,\"error\":\"internal_error\"}", "application/json");
            return;
        }
        rememberCreated(method, answer, call);
        send(exchange, 200, answer, "application/json; charset=utf-8");
    }

    private void rememberCreated(String method, String answer, Call call) {
        if (!method.equals("conversations.create")) {
            return;
        }
        JsonObject json = JsonParser.parseString(answer).getAsJsonObject();
        if (json.get("ok").getAsBoolean()) {
            created.put(json.getAsJsonObject("channel").get("id").getAsString(), call);
        }
    }

    private void awaitGate() {
        try {
            usersInfoGate.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private boolean takeRateLimit(String method) {
        boolean[] hit = {false};
        rateLimited.computeIfPresent(method, (m, n) -> {
            hit[0] = true;
            return n > 1 ? n - 1 : null;
        });
        return hit[0];
    }

    private static void send(HttpExchange exchange, int status, String body, String type) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
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
