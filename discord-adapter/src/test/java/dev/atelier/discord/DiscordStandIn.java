package dev.atelier.discord;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.utils.data.DataArray;
import net.dv8tion.jda.api.utils.data.DataObject;

/**
 * A Discord for tests that the real JDA client logs into: Discord's REST API over HTTP and its
 * gateway over a WebSocket ({@link StandInGateway}). After IDENTIFY it sends READY (the bot user and
 * its application) and GUILD_CREATE (one guild with roles, a category, a cohort channel and its
 * members; more guilds with {@link #guild(String, String)}, and with sharding only the guilds of the
 * shard the IDENTIFY names); it then serves what the adapter asks of Discord (slash command registration, channels
 * with permission overwrites, messages and their edits, threads, DMs, member look-ups, interaction
 * callbacks and webhook follow-ups) and records every REST call with its JSON body, so tests assert
 * on what crossed the wire. {@link StandInInteractions} sends slash commands, button presses and
 * modal submissions as INTERACTION_CREATE dispatches.
 */
final class DiscordStandIn implements AutoCloseable {

    static final String GUILD_ID = "1000";
    static final String CATEGORY_ID = "1999";
    static final String COHORT_CHANNEL_ID = "2000";
    static final String BOT_ID = "900";
    static final String MODERATOR_ROLE_ID = "3000";
    static final String BOT_ROLE_ID = "3001";
    static final String TOKEN = "stand-in-token";
    private static final long DISCORD_EPOCH = 1_420_070_400_000L;

    /** One REST call: method, path after {@code /api/v10}, query, and its JSON body (object, or {@code {"array":[...]}}). */
    record RestCall(String method, String path, String query, DataObject body) {

        boolean is(String method, String pathPattern) {
            return this.method.equals(method) && path.matches(pathPattern);
        }

        @Override
        public String toString() {
            return method + " " + path + " " + body;
        }
    }

    final List<RestCall> calls = new CopyOnWriteArrayList<>();
    final Map<String, DataObject> messages = new ConcurrentHashMap<>();
    final Map<String, DataObject> channels = new ConcurrentHashMap<>();
    final Map<String, DataObject> commands = new ConcurrentHashMap<>();
    final Map<String, DataObject> members = new ConcurrentHashMap<>();
    /** The channel each interaction (by token) happened in, and the id of its original response. */
    final Map<String, String> interactionChannels = new ConcurrentHashMap<>();

    final Map<String, String> originals = new ConcurrentHashMap<>();
    final DataObject botUser = StandInEntities.user(BOT_ID, "atelier", true);
    /** Discord's nonce window: a post with {@code enforce_nonce} and a nonce seen this recently returns the earlier message. */
    static final long NONCE_WINDOW_MILLIS = java.util.concurrent.TimeUnit.MINUTES.toMillis(5);
    /** The message each nonce created (per author and nonce), with when. */
    final Map<String, Nonced> nonces = new ConcurrentHashMap<>();
    /** How many more message posts are made but answered with a 500, as when Discord's answer is lost. */
    final java.util.concurrent.atomic.AtomicInteger lostAnswers = new java.util.concurrent.atomic.AtomicInteger();
    /** Members who block DMs from the bot: a post in their DM channel is refused with 50007. */
    final java.util.Set<String> closedDms = ConcurrentHashMap.newKeySet();
    /** Guilds besides {@link #GUILD_ID}. */
    final List<String> otherGuilds = new CopyOnWriteArrayList<>();

    private final AtomicLong ids = new AtomicLong(5000);
    private final HttpServer http;
    final StandInGateway gateway;
    volatile DataObject identify;

    DiscordStandIn() throws IOException {
        http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        http.createContext("/api/v10/", this::serve);
        http.start();
        gateway = new StandInGateway(this::identified);
        channels.put(CATEGORY_ID, StandInEntities.category(CATEGORY_ID, GUILD_ID, "Cohorts"));
        channels.put(
                COHORT_CHANNEL_ID,
                StandInEntities.textChannel(COHORT_CHANNEL_ID, GUILD_ID, "spring", CATEGORY_ID, DataArray.empty()));
        members.put(
                BOT_ID, StandInEntities.member(botUser, List.of(BOT_ROLE_ID), Permission.ADMINISTRATOR.getRawValue()));
    }

    /** A member of the guild; a moderator has the moderator role (with Manage Server). */
    void member(String id, String name, boolean moderator) {
        long permissions =
                StandInEntities.EVERYONE_PERMISSIONS | (moderator ? Permission.MANAGE_SERVER.getRawValue() : 0);
        members.put(
                id,
                StandInEntities.member(
                        StandInEntities.user(id, name, false),
                        moderator ? List.of(MODERATOR_ROLE_ID) : List.of(),
                        permissions));
    }

    DiscordProperties properties() {
        return new DiscordProperties(
                TOKEN, "http://127.0.0.1:" + http.getAddress().getPort() + "/api/v10/", gateway.url(), null);
    }

    /** A fresh snowflake of the current time (JDA reads an interaction's age from its id), ever increasing. */
    String nextId() {
        long now = (System.currentTimeMillis() - DISCORD_EPOCH) << 22;
        return Long.toString(ids.updateAndGet(last -> Math.max(last + 1, now)));
    }

    /** The calls so far matching {@code method} and the path pattern. */
    List<RestCall> calls(String method, String pathPattern) {
        return calls.stream().filter(call -> call.is(method, pathPattern)).toList();
    }

    /** Another guild the bot is in, with one text channel; with sharding, it goes to the shard its id maps to. */
    void guild(String guildId, String channelId) {
        otherGuilds.add(guildId);
        channels.put(channelId, StandInEntities.textChannel(channelId, guildId, "general", null, DataArray.empty()));
    }

    /** The id of a main-guild role in another guild: its own id plus 1 (moderators) or 2 (the bot's role). */
    static String roleIn(String guildId, String mainRole) {
        if (GUILD_ID.equals(guildId)) {
            return mainRole;
        }
        return Long.toString(Long.parseLong(guildId) + (MODERATOR_ROLE_ID.equals(mainRole) ? 1 : 2));
    }

    /** A copy of a member as a member of the guild, with its roles there. */
    static DataObject memberIn(String guildId, DataObject member) {
        DataObject copy = DataObject.fromJson(member.toJson());
        DataArray roles = DataArray.empty();
        copy.getArray("roles").stream(DataArray::getString)
                .forEach(role -> roles.add(
                        MODERATOR_ROLE_ID.equals(role) || BOT_ROLE_ID.equals(role) ? roleIn(guildId, role) : role));
        return copy.put("roles", roles);
    }

    /** Answers an IDENTIFY with READY and a GUILD_CREATE per guild, only those of its shard when it gives one. */
    private void identified(DataObject payload) {
        identify = payload;
        int shard = payload.optArray("shard").map(s -> s.getInt(0)).orElse(0);
        int total = payload.optArray("shard").map(s -> s.getInt(1)).orElse(1);
        List<String> onShard = new ArrayList<>();
        onShard.add(GUILD_ID);
        onShard.addAll(otherGuilds);
        onShard.removeIf(guild -> StandInGateway.shardOf(guild, total) != shard);
        DataArray unavailable = DataArray.empty();
        onShard.forEach(
                guild -> unavailable.add(DataObject.empty().put("id", guild).put("unavailable", true)));
        gateway.dispatch(
                "READY",
                DataObject.empty()
                        .put("v", 10)
                        .put("user", botUser)
                        .put("guilds", unavailable)
                        .put("session_id", "stand-in-session")
                        .put("resume_gateway_url", gateway.url())
                        .put("private_channels", DataArray.empty())
                        .put("relationships", DataArray.empty())
                        .put("application", DataObject.empty().put("id", BOT_ID).put("flags", 0)));
        onShard.forEach(guild -> gateway.dispatch("GUILD_CREATE", guild(guild)));
    }

    /** A guild's GUILD_CREATE: the main one with its fixed role ids, another with role ids made from its own. */
    private DataObject guild(String guildId) {
        String moderators = roleIn(guildId, MODERATOR_ROLE_ID);
        String bot = roleIn(guildId, BOT_ROLE_ID);
        DataArray roles = DataArray.empty()
                .add(StandInEntities.role(guildId, "@everyone", StandInEntities.EVERYONE_PERMISSIONS, 0))
                .add(StandInEntities.role(
                        moderators,
                        "Moderators",
                        StandInEntities.EVERYONE_PERMISSIONS | Permission.MANAGE_SERVER.getRawValue(),
                        1))
                .add(StandInEntities.role(bot, "Atelier", Permission.ADMINISTRATOR.getRawValue(), 2)
                        .put("managed", true));
        DataArray memberList = DataArray.empty();
        members.values().forEach(member -> memberList.add(memberIn(guildId, member)));
        DataArray guildChannels = DataArray.empty();
        channels.values().stream()
                .filter(channel -> guildId.equals(channel.getString("guild_id", null)))
                .forEach(guildChannels::add);
        return DataObject.empty()
                .put("id", guildId)
                .put("name", "Atelier test server")
                .put("owner_id", "1")
                .put("unavailable", false)
                .put("large", false)
                .put("joined_at", StandInEntities.JOINED)
                .put("member_count", members.size())
                .put("members", memberList)
                .put("roles", roles)
                .put("channels", guildChannels)
                .put("threads", DataArray.empty())
                .put("emojis", DataArray.empty())
                .put("stickers", DataArray.empty())
                .put("voice_states", DataArray.empty())
                .put("presences", DataArray.empty())
                .put("guild_scheduled_events", DataArray.empty())
                .put("features", DataArray.empty())
                .put("preferred_locale", "en-US")
                .put("premium_tier", 0)
                .put("nsfw_level", 0)
                .put("verification_level", 0)
                .put("mfa_level", 0)
                .put("explicit_content_filter", 0)
                .put("default_message_notifications", 0)
                .put("system_channel_flags", 0)
                .put("afk_timeout", 300);
    }

    private void serve(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath().substring("/api/v10".length());
            byte[] raw = exchange.getRequestBody().readAllBytes();
            RestCall call = new RestCall(
                    exchange.getRequestMethod(),
                    path,
                    exchange.getRequestURI().getQuery(),
                    body(raw, exchange.getRequestHeaders().getFirst("Content-Type")));
            calls.add(call);
            Answer answer = new StandInRoutes(this).answer(call);
            byte[] out = answer.body() == null ? new byte[0] : answer.body().getBytes(StandardCharsets.UTF_8);
            if (out.length > 0) {
                exchange.getResponseHeaders().add("Content-Type", "application/json");
            }
            exchange.sendResponseHeaders(answer.status(), out.length == 0 ? -1 : out.length);
            if (out.length > 0) {
                exchange.getResponseBody().write(out);
            }
        }
    }

    /** A JSON body, or the {@code payload_json} part of a multipart one; an array is wrapped as {@code {"array":[...]}}. */
    private static DataObject body(byte[] raw, String contentType) {
        if (raw.length == 0) {
            return DataObject.empty();
        }
        String text = new String(raw, StandardCharsets.UTF_8);
        if (contentType != null && contentType.startsWith("multipart/")) {
            Matcher json = Pattern.compile("name=\"payload_json\".*?\r\n\r\n(.*?)\r\n--", Pattern.DOTALL)
                    .matcher(text);
            text = json.find() ? json.group(1) : "{}";
        }
        return text.stripLeading().startsWith("[")
                ? DataObject.empty().put("array", DataArray.fromJson(text))
                : DataObject.fromJson(text);
    }

    record Nonced(String messageId, long atMillis) {}

    /** The next {@code count} message posts are made but answered with a 500 (the outcome is unknown to the client). */
    void loseAnswers(int count) {
        lostAnswers.set(count);
    }

    record Answer(int status, String body) {

        static Answer json(DataObject body) {
            return new Answer(200, body.toString());
        }

        static Answer json(DataArray body) {
            return new Answer(200, body.toString());
        }

        static Answer empty() {
            return new Answer(204, null);
        }

        static Answer error(int status, int code, String message) {
            return new Answer(
                    status,
                    DataObject.empty().put("code", code).put("message", message).toString());
        }
    }

    /** The messages so far in a channel, oldest first. */
    List<DataObject> messagesIn(String channelId) {
        List<DataObject> in = new ArrayList<>();
        messages.values().stream()
                .filter(message -> channelId.equals(message.getString("channel_id")))
                .sorted((a, b) -> Long.compare(Long.parseLong(a.getString("id")), Long.parseLong(b.getString("id"))))
                .forEach(in::add);
        return in;
    }

    @Override
    public void close() throws IOException {
        http.stop(0);
        gateway.close();
    }
}
