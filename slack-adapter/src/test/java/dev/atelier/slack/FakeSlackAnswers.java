package dev.atelier.slack;

import com.google.gson.Gson;
import com.google.gson.JsonParser;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/** What {@link FakeSlack} answers, shaped like the real Web API's JSON for the methods the adapter calls. */
final class FakeSlackAnswers {

    private static final String TEAM_ID = FakeSlack.TEAM_ID;
    private static final String TEAM_DOMAIN = FakeSlack.TEAM_DOMAIN;
    private static final String BOT_USER = FakeSlack.BOT_USER;

    private final Set<String> admins;
    private final Set<String> takenNames;
    private final Set<String> bots;
    private final AtomicInteger channels = new AtomicInteger();
    private final AtomicInteger timestamps = new AtomicInteger();

    FakeSlackAnswers(Set<String> admins, Set<String> takenNames, Set<String> bots) {
        this.admins = admins;
        this.takenNames = takenNames;
        this.bots = bots;
    }

    String answer(String method, Map<String, String> p) {
        return switch (method) {
            case "auth.test" ->
                "{\"ok\":true,\"url\":\"https://" + TEAM_DOMAIN + ".slack.com/\",\"team\":\"Atelier Test\","
                        + "\"user\":\"atelier\",\"team_id\":\"" + TEAM_ID + "\",\"user_id\":\"" + BOT_USER
                        + "\",\"bot_id\":\"B0BOT\",\"is_enterprise_install\":false}";
            case "users.info" ->
                "{\"ok\":true,\"user\":{\"id\":\"" + p.get("user") + "\",\"team_id\":\"" + TEAM_ID
                        + "\",\"name\":\"" + p.get("user").toLowerCase(Locale.ROOT)
                        + "\",\"deleted\":false,\"is_admin\":"
                        + admins.contains(p.get("user")) + ",\"is_owner\":false,\"is_primary_owner\":false,"
                        + "\"is_bot\":" + bots.contains(p.get("user")) + "}}";
            case "chat.postMessage" ->
                "{\"ok\":true,\"channel\":\"" + p.get("channel") + "\",\"ts\":\"" + ts()
                        + "\",\"message\":{\"type\":\"message\",\"text\":\"ok\",\"user\":\"" + BOT_USER + "\"}}";
            case "chat.update" ->
                "{\"ok\":true,\"channel\":\"" + p.get("channel") + "\",\"ts\":\"" + p.get("ts") + "\",\"text\":\"ok\"}";
            case "chat.postEphemeral" -> "{\"ok\":true,\"message_ts\":\"" + ts() + "\"}";
            case "conversations.create" ->
                takenNames.contains(p.get("name"))
                        ? error("name_taken")
                        : "{\"ok\":true,\"channel\":{\"id\":\"C0PRIV" + channels.incrementAndGet() + "\",\"name\":\""
                                + p.get("name") + "\",\"is_channel\":true,\"is_private\":"
                                + ("1".equals(p.get("is_private")) || "true".equals(p.get("is_private")))
                                + ",\"creator\":\"" + BOT_USER + "\",\"is_member\":true}}";
            case "conversations.invite", "conversations.setTopic" ->
                "{\"ok\":true,\"channel\":{\"id\":\"" + p.get("channel") + "\",\"is_private\":true}}";
            case "files.completeUploadExternal" -> "{\"ok\":true,\"files\":[{\"id\":\"F0DATA\",\"title\":\"data\"}]}";
            case "conversations.open" -> "{\"ok\":true,\"channel\":{\"id\":\"D" + p.get("users") + "\"}}";
            case "chat.getPermalink" ->
                "{\"ok\":true,\"channel\":\"" + p.get("channel") + "\",\"permalink\":\"https://"
                        + TEAM_DOMAIN + ".slack.com/archives/" + p.get("channel") + "/p"
                        + p.get("message_ts").replace(".", "")
                        + "\"}";
            case "views.publish" ->
                "{\"ok\":true,\"view\":" + new Gson().toJson(JsonParser.parseString(p.get("view"))) + "}";
            case "views.open" ->
                "{\"ok\":true,\"view\":" + new Gson().toJson(JsonParser.parseString(p.get("view"))) + "}";
            default -> error("unknown_method");
        };
    }

    private String ts() {
        return "1767225600." + String.format("%06d", timestamps.incrementAndGet());
    }

    static String error(String code) {
        return "{\"ok\":false,\"error\":\"" + code + "\""
                + (code.equals("missing_scope")
                        ? ",\"needed\":\"groups:write\",\"provided\":\"commands,chat:write\""
                        : "")
                + "}";
    }
}
