package dev.atelier.slack;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/** Builds request bodies in the formats Slack sends: slash commands, {@code block_actions}, {@code view_submission}. */
final class SlackPayloads {

    /** Slack stamps every interaction anew: its action time and a view's id differ from one delivery to the next. */
    private static final AtomicLong DELIVERIES = new AtomicLong();

    private SlackPayloads() {}

    /** A fresh {@code action_ts}, as each press or shortcut gets one. */
    static String actionTs() {
        return "1767225601." + String.format("%06d", DELIVERIES.incrementAndGet());
    }

    /** A {@code message} event posted by {@code userId} in {@code channelId} at {@code ts}, as the Events API sends it. */
    static String message(String userId, String channelId, String ts) {
        return "{\"token\":\"deprecated\",\"team_id\":\"" + FakeSlack.TEAM_ID + "\",\"api_app_id\":\"A0ATELIER\","
                + "\"event\":{\"type\":\"message\",\"channel\":\"" + channelId + "\",\"user\":\"" + userId
                + "\",\"text\":\"how about this?\",\"ts\":\"" + ts + "\",\"channel_type\":\"group\",\"event_ts\":\""
                + ts + "\"},\"type\":\"event_callback\",\"event_id\":\"Ev" + ts.replace(".", "")
                + "\",\"event_time\":1767225600}";
    }

    /** A reply by {@code userId} in the thread under the message {@code threadTs}. */
    static String threadReply(String userId, String channelId, String ts, String threadTs) {
        return message(userId, channelId, ts)
                .replace(
                        "\"ts\":\"" + ts + "\",",
                        "\"ts\":\"" + ts + "\",\"thread_ts\":\"" + threadTs + "\",\"parent_user_id\":\""
                                + FakeSlack.BOT_USER + "\",");
    }

    /** {@code app_home_opened} for the Home tab, as the Events API sends it. */
    static String appHomeOpened(String userId, String eventId) {
        return "{\"token\":\"deprecated\",\"team_id\":\"" + FakeSlack.TEAM_ID + "\",\"api_app_id\":\"A0ATELIER\","
                + "\"event\":{\"type\":\"app_home_opened\",\"user\":\"" + userId + "\",\"channel\":\"D0HOME\","
                + "\"tab\":\"home\",\"event_ts\":\"1767225700.000100\"},\"type\":\"event_callback\",\"event_id\":\""
                + eventId + "\",\"event_time\":1767225700}";
    }

    /** A {@code message_action}: the message shortcut {@code callbackId} used on a message with {@code text}. */
    static String messageShortcut(
            String userId, String userName, String channelId, String callbackId, String text, String responseUrl) {
        JsonObject payload = new JsonObject();
        payload.addProperty("type", "message_action");
        payload.addProperty("token", "deprecated-verification-token");
        payload.addProperty("action_ts", actionTs());
        payload.add("team", team());
        payload.add("user", user(userId, userName));
        JsonObject channel = new JsonObject();
        channel.addProperty("id", channelId);
        channel.addProperty("name", "general");
        payload.add("channel", channel);
        payload.addProperty("is_enterprise_install", false);
        payload.addProperty("callback_id", callbackId);
        payload.addProperty("trigger_id", "13345224611.738474922.a088930838d88f008e2");
        payload.addProperty("response_url", responseUrl);
        payload.addProperty("message_ts", "1767225605.000500");
        JsonObject message = new JsonObject();
        message.addProperty("type", "message");
        message.addProperty("user", "U0SOMEONE");
        message.addProperty("ts", "1767225605.000500");
        message.addProperty("text", text);
        payload.add("message", message);
        return SignedRequests.interactionBody(payload.toString());
    }

    static String slashCommand(String userId, String userName, String channelId, String text, String responseUrl) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("token", "deprecated-verification-token");
        form.put("team_id", FakeSlack.TEAM_ID);
        form.put("team_domain", FakeSlack.TEAM_DOMAIN);
        form.put("channel_id", channelId);
        form.put("channel_name", "general");
        form.put("user_id", userId);
        form.put("user_name", userName);
        form.put("command", "/atelier");
        form.put("text", text);
        form.put("api_app_id", "A0ATELIER");
        form.put("is_enterprise_install", "false");
        form.put("response_url", responseUrl);
        // one delivery, one trigger: the response URL is fresh for every command a test sends
        form.put(
                "trigger_id",
                "13345224609." + Integer.toUnsignedString(responseUrl.hashCode()) + ".8088930838d88f008e0");
        return SignedRequests.form(form);
    }

    static String blockActions(
            String userId, String userName, String channelId, String actionId, String label, String responseUrl) {
        JsonObject payload = onMessage(
                userId,
                userName,
                channelId,
                "1767225600.000001",
                "13345224609.738474920.8088930838d88f008e0",
                responseUrl);
        payload.add("actions", pressed(actionId, "Xb1Q", label));
        return SignedRequests.interactionBody(payload.toString());
    }

    /** A choice of {@code value} in the static select {@code actionId} on a message in {@code channelId}. */
    static String menuChoice(
            String userId, String userName, String channelId, String actionId, String value, String responseUrl) {
        JsonObject payload = onMessage(
                userId,
                userName,
                channelId,
                "1767225600.000002",
                "13345224609.738474920.8088930838d88f008e1",
                responseUrl);
        JsonObject selected = new JsonObject();
        selected.add("text", plainText(value));
        selected.addProperty("value", value);
        JsonObject action = new JsonObject();
        action.addProperty("action_id", actionId);
        action.addProperty("block_id", "M3nu");
        action.addProperty("type", "static_select");
        action.add("selected_option", selected);
        action.addProperty("action_ts", actionTs());
        JsonArray actions = new JsonArray();
        actions.add(action);
        payload.add("actions", actions);
        return SignedRequests.interactionBody(payload.toString());
    }

    /** A button pressed on the app's Home tab: the container is the home view, with no channel and no response_url. */
    static String homeAction(String userId, String userName, String actionId, String label) {
        JsonObject payload = interaction("block_actions", userId, userName);
        JsonObject container = new JsonObject();
        container.addProperty("type", "view");
        container.addProperty("view_id", "V0HOME" + DELIVERIES.incrementAndGet());
        payload.add("container", container);
        payload.addProperty(
                "trigger_id", "13345224611." + Integer.toUnsignedString(actionId.hashCode()) + ".8088930838d88f008e2");
        payload.add("team", team());
        payload.addProperty("is_enterprise_install", false);
        payload.add("actions", pressed(actionId, "H0me", label));
        return SignedRequests.interactionBody(payload.toString());
    }

    /** As {@link #viewSubmission}, with an option picked in each of the view's static selects ({@code picked}). */
    static String viewSubmission(
            String userId,
            String userName,
            JsonObject openedView,
            Map<String, String> values,
            Map<String, String> picked) {
        JsonObject opened = openedView.deepCopy();
        String body = viewSubmission(userId, userName, opened, values);
        if (picked.isEmpty()) {
            return body;
        }
        JsonObject payload = com.google.gson.JsonParser.parseString(SignedRequests.payloadOf(body))
                .getAsJsonObject();
        JsonObject stateValues =
                payload.getAsJsonObject("view").getAsJsonObject("state").getAsJsonObject("values");
        picked.forEach((name, value) -> {
            JsonObject option = new JsonObject();
            option.addProperty("value", value);
            stateValues.add(name, stateBlock(name, "static_select", "selected_option", option));
        });
        return SignedRequests.interactionBody(payload.toString());
    }

    /** A submission of {@code openedView} (as the adapter sent it to views.open) with {@code values} typed in. */
    static String viewSubmission(String userId, String userName, JsonObject openedView, Map<String, String> values) {
        JsonObject view = openedView.deepCopy();
        view.addProperty("id", "V0MODAL" + DELIVERIES.incrementAndGet());
        view.addProperty("team_id", FakeSlack.TEAM_ID);
        view.addProperty("hash", "1767225602.abcdef");
        view.addProperty("app_id", "A0ATELIER");
        view.addProperty("bot_id", "B0BOT");
        JsonObject state = new JsonObject();
        JsonObject stateValues = new JsonObject();
        values.forEach((name, value) ->
                stateValues.add(name, stateBlock(name, "plain_text_input", "value", new JsonPrimitive(value))));
        state.add("values", stateValues);
        view.add("state", state);
        JsonObject payload = interaction("view_submission", userId, userName);
        payload.add("team", team());
        payload.addProperty("trigger_id", "13345224610.738474921.9088930838d88f008e1");
        payload.add("view", view);
        payload.add("response_urls", new JsonArray());
        payload.addProperty("is_enterprise_install", false);
        return SignedRequests.interactionBody(payload.toString());
    }

    /** An interaction payload of {@code type} from {@code userId}: the fields every one of them starts with. */
    private static JsonObject interaction(String type, String userId, String userName) {
        JsonObject payload = new JsonObject();
        payload.addProperty("type", type);
        payload.add("user", user(userId, userName));
        payload.addProperty("api_app_id", "A0ATELIER");
        payload.addProperty("token", "deprecated-verification-token");
        return payload;
    }

    /**
     * A {@code block_actions} payload for an action on the message {@code messageTs} in {@code channelId}, all
     * but its {@code actions}.
     */
    private static JsonObject onMessage(
            String userId, String userName, String channelId, String messageTs, String triggerId, String responseUrl) {
        JsonObject payload = interaction("block_actions", userId, userName);
        JsonObject container = new JsonObject();
        container.addProperty("type", "message");
        container.addProperty("message_ts", messageTs);
        container.addProperty("channel_id", channelId);
        container.addProperty("is_ephemeral", false);
        payload.add("container", container);
        payload.addProperty("trigger_id", triggerId);
        payload.add("team", team());
        payload.addProperty("is_enterprise_install", false);
        JsonObject channel = new JsonObject();
        channel.addProperty("id", channelId);
        channel.addProperty("name", "privategroup");
        payload.add("channel", channel);
        payload.addProperty("response_url", responseUrl);
        return payload;
    }

    /** A {@code plain_text} text object. */
    private static JsonObject plainText(String text) {
        JsonObject object = new JsonObject();
        object.addProperty("type", "plain_text");
        object.addProperty("text", text);
        return object;
    }

    /** The {@code actions} of a press on the button {@code actionId} labelled {@code label}. */
    private static JsonArray pressed(String actionId, String blockId, String label) {
        JsonObject action = new JsonObject();
        action.addProperty("action_id", actionId);
        action.addProperty("block_id", blockId);
        JsonObject text = plainText(label);
        text.addProperty("emoji", true);
        action.add("text", text);
        action.addProperty("type", "button");
        action.addProperty("action_ts", actionTs());
        JsonArray actions = new JsonArray();
        actions.add(action);
        return actions;
    }

    /** The state of one input, {@code {"<name>": {"type": <type>, <field>: <value>}}}, as a view submission holds it. */
    private static JsonObject stateBlock(String name, String type, String field, JsonElement value) {
        JsonObject input = new JsonObject();
        input.addProperty("type", type);
        input.add(field, value);
        JsonObject block = new JsonObject();
        block.add(name, input);
        return block;
    }

    private static JsonObject team() {
        JsonObject team = new JsonObject();
        team.addProperty("id", FakeSlack.TEAM_ID);
        team.addProperty("domain", FakeSlack.TEAM_DOMAIN);
        return team;
    }

    private static JsonObject user(String userId, String userName) {
        JsonObject user = new JsonObject();
        user.addProperty("id", userId);
        user.addProperty("username", userName);
        user.addProperty("name", userName);
        user.addProperty("team_id", FakeSlack.TEAM_ID);
        return user;
    }
}
