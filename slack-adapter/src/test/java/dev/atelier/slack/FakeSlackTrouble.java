package dev.atelier.slack;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The trouble {@link FakeSlack} can make for {@code chat.postMessage}, the way Slack does: 429 with a
 * {@code Retry-After} for a while (a number of calls or until a deadline), 5xx for a number of calls,
 * a post that is made but answered with 500 (an unknown outcome), and Slack's own pace of about one
 * message a second per channel with short bursts. It also keeps what was posted, with its metadata, so
 * {@code conversations.history} and {@code conversations.replies} answer like Slack.
 */
final class FakeSlackTrouble {

    /** What {@link FakeSlack} should answer instead of the normal answer, or null for the normal one. */
    record Refusal(int status, String retryAfter, boolean postAnyway) {}

    /** One message the fake accepted. */
    record Posted(String channel, String ts, String threadTs, String text, String outboxId) {}

    private final AtomicInteger serverErrors = new AtomicInteger();
    private final AtomicInteger lostAnswers = new AtomicInteger();
    private volatile long rateLimitedUntilNanos;
    private volatile int retryAfterSeconds = 1;
    private volatile double perSecond;
    private volatile int burst;
    private final Map<String, double[]> buckets = new ConcurrentHashMap<>();
    private final List<Posted> posted = new ArrayList<>();
    private final AtomicInteger rejected = new AtomicInteger();

    /** The next {@code times} posts answer 503. */
    void serverErrors(int times) {
        serverErrors.set(times);
    }

    /** The next {@code times} posts are made, then answered with 500: the caller cannot know they were. */
    void loseAnswers(int times) {
        lostAnswers.set(times);
    }

    /** Every post answers 429 with {@code Retry-After: retryAfter} until {@code millis} from now. */
    void rateLimitFor(long millis, int retryAfter) {
        rateLimitedUntilNanos = System.nanoTime() + millis * 1_000_000L;
        retryAfterSeconds = retryAfter;
    }

    /** Answers 429 (Retry-After: 1) to a post beyond {@code perSecond} per channel, bursts of {@code burst}. */
    void paceChannels(double rate, int size) {
        perSecond = rate;
        burst = size;
    }

    int rejected() {
        return rejected.get();
    }

    synchronized List<Posted> posted() {
        return List.copyOf(posted);
    }

    synchronized Refusal check(String channel) {
        if (System.nanoTime() < rateLimitedUntilNanos) {
            rejected.incrementAndGet();
            return new Refusal(429, String.valueOf(retryAfterSeconds), false);
        }
        if (serverErrors.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            rejected.incrementAndGet();
            return new Refusal(503, null, false);
        }
        if (perSecond > 0 && !takeToken(channel)) {
            rejected.incrementAndGet();
            return new Refusal(429, "1", false);
        }
        if (lostAnswers.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            return new Refusal(500, null, true);
        }
        return null;
    }

    private boolean takeToken(String channel) {
        long now = System.nanoTime();
        double[] bucket = buckets.computeIfAbsent(channel, c -> new double[] {burst, now});
        bucket[0] = Math.min(burst, bucket[0] + (now - bucket[1]) / 1e9 * perSecond);
        bucket[1] = now;
        if (bucket[0] < 1) {
            return false;
        }
        bucket[0] -= 1;
        return true;
    }

    /** Remembers an accepted post, from its parameters and the {@code ts} the fake gave it. */
    synchronized void remember(Map<String, String> params, String ts) {
        String id = null;
        String metadata = params.get("metadata");
        if (metadata != null && !metadata.isBlank()) {
            JsonObject payload =
                    JsonParser.parseString(metadata).getAsJsonObject().getAsJsonObject("event_payload");
            id = payload == null || !payload.has(SlackCourier.ID_KEY)
                    ? null
                    : payload.get(SlackCourier.ID_KEY).getAsString();
        }
        posted.add(new Posted(params.get("channel"), ts, params.get("thread_ts"), params.get("text"), id));
    }

    /** conversations.history (top-level messages) or conversations.replies (those under {@code ts}). */
    synchronized String history(Map<String, String> params, boolean replies) {
        JsonArray messages = new JsonArray();
        for (Posted p : posted) {
            boolean match = p.channel().equals(params.get("channel"))
                    && (replies ? params.get("ts").equals(p.threadTs()) : p.threadTs() == null);
            if (!match) {
                continue;
            }
            JsonObject m = new JsonObject();
            m.addProperty("type", "message");
            m.addProperty("ts", p.ts());
            m.addProperty("text", p.text());
            if (p.outboxId() != null) {
                JsonObject metadata = new JsonObject();
                metadata.addProperty("event_type", SlackCourier.EVENT_TYPE);
                JsonObject payload = new JsonObject();
                payload.addProperty(SlackCourier.ID_KEY, p.outboxId());
                metadata.add("event_payload", payload);
                m.add("metadata", metadata);
            }
            messages.add(m);
        }
        JsonObject answer = new JsonObject();
        answer.addProperty("ok", true);
        answer.add("messages", messages);
        answer.addProperty("has_more", false);
        return answer.toString();
    }
}
