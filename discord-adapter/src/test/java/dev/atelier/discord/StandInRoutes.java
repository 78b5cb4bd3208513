package dev.atelier.discord;

import dev.atelier.discord.DiscordStandIn.Answer;
import dev.atelier.discord.DiscordStandIn.RestCall;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.dv8tion.jda.api.utils.data.DataArray;
import net.dv8tion.jda.api.utils.data.DataObject;

/**
 * The REST routes {@link DiscordStandIn} serves, each answered as Discord does (see Discord's API
 * reference): anything else is a 404 with Discord's error body. A message post with {@code enforce_nonce}
 * and a nonce the bot used within {@link DiscordStandIn#NONCE_WINDOW_MILLIS} returns the earlier
 * message instead of creating one, as Discord does.
 */
final class StandInRoutes {

    private static final String ID = "(\\d+)";
    private static final String TOKEN = "([^/]+)";
    private static final Pattern COMMANDS = Pattern.compile("/applications/" + ID + "/guilds/" + ID + "/commands");
    private static final Pattern CHANNELS = Pattern.compile("/guilds/" + ID + "/channels");
    private static final Pattern MEMBER = Pattern.compile("/guilds/" + ID + "/members/" + ID);
    private static final Pattern MESSAGES = Pattern.compile("/channels/" + ID + "/messages");
    private static final Pattern MESSAGE = Pattern.compile("/channels/" + ID + "/messages/" + ID);
    private static final Pattern THREAD_FROM_MESSAGE =
            Pattern.compile("/channels/" + ID + "/messages/" + ID + "/threads");
    private static final Pattern CHANNEL = Pattern.compile("/channels/" + ID);
    private static final Pattern PIN = Pattern.compile("/channels/" + ID + "/(?:messages/)?pins/" + ID);
    private static final Pattern PINS = Pattern.compile("/channels/" + ID + "/(?:messages/)?pins");
    private static final Pattern ARCHIVED_THREADS = Pattern.compile("/channels/" + ID + "/threads/archived/public");
    private static final Pattern ACTIVE_THREADS = Pattern.compile("/guilds/" + ID + "/threads/active");
    private static final Pattern OVERWRITE = Pattern.compile("/channels/" + ID + "/permissions/" + ID);
    private static final Pattern CALLBACK = Pattern.compile("/interactions/" + ID + "/" + TOKEN + "/callback");
    private static final Pattern FOLLOW_UP = Pattern.compile("/webhooks/" + ID + "/" + TOKEN);
    private static final Pattern WEBHOOK_MESSAGE =
            Pattern.compile("/webhooks/" + ID + "/" + TOKEN + "/messages/([^/]+)");

    private final DiscordStandIn discord;

    StandInRoutes(DiscordStandIn discord) {
        this.discord = discord;
    }

    @SuppressWarnings("AssignmentExpression") // each route matches and binds its path in one condition
    Answer answer(RestCall call) {
        String path = call.path();
        Matcher m;
        if (call.is("GET", "/users/@me")) {
            return Answer.json(discord.botUser
                    .put("verified", true)
                    .put("mfa_enabled", false)
                    .put("flags", 0));
        } else if (call.method().equals("PUT") && (m = COMMANDS.matcher(path)).matches()) {
            return registerCommands(call.body().getArray("array"), m.group(2));
        } else if (call.method().equals("POST") && (m = CHANNELS.matcher(path)).matches()) {
            return createChannel(call.body(), m.group(1));
        } else if (call.method().equals("GET") && (m = MEMBER.matcher(path)).matches()) {
            DataObject member = discord.members.get(m.group(2));
            return member == null ? Answer.error(404, 10007, "Unknown Member") : Answer.json(member);
        } else if (call.method().equals("POST") && (m = THREAD_FROM_MESSAGE.matcher(path)).matches()) {
            return startThread(call.body(), m.group(1), m.group(2));
        } else if (call.method().equals("PUT") && (m = PIN.matcher(path)).matches()) {
            return pin(m.group(1), m.group(2), true);
        } else if (call.method().equals("DELETE") && (m = PIN.matcher(path)).matches()) {
            return pin(m.group(1), m.group(2), false);
        } else if (call.method().equals("GET") && (m = PINS.matcher(path)).matches()) {
            return pins(m.group(1));
        } else if (call.method().equals("GET") && (m = ARCHIVED_THREADS.matcher(path)).matches()) {
            return threads(m.group(1), true);
        } else if (call.method().equals("GET") && (m = ACTIVE_THREADS.matcher(path)).matches()) {
            return threads(null, false);
        } else if (call.method().equals("POST") && (m = MESSAGES.matcher(path)).matches()) {
            return post(m.group(1), call.body());
        } else if (call.method().equals("PATCH") && (m = MESSAGE.matcher(path)).matches()) {
            return edit(m.group(2), call.body());
        } else if (call.method().equals("PATCH") && (m = CHANNEL.matcher(path)).matches()) {
            return updateChannel(m.group(1), call.body());
        } else if (call.method().equals("PUT") && (m = OVERWRITE.matcher(path)).matches()) {
            return putOverwrite(m.group(1), m.group(2), call.body());
        } else if (call.is("POST", "/users/@me/channels")) {
            return openDirect(call.body().getString("recipient_id"));
        } else if (call.method().equals("POST") && CALLBACK.matcher(path).matches()) {
            return Answer.empty();
        } else if (call.method().equals("POST") && (m = FOLLOW_UP.matcher(path)).matches()) {
            return followUp(m.group(2), call.body());
        } else if (call.method().equals("PATCH") && (m = WEBHOOK_MESSAGE.matcher(path)).matches()) {
            return editWebhookMessage(m.group(2), m.group(3), call.body());
        }
        return Answer.error(404, 0, "404: Not Found");
    }

    private Answer registerCommands(DataArray requested, String guildId) {
        DataArray registered = DataArray.empty();
        for (int i = 0; i < requested.length(); i++) {
            DataObject command = requested.getObject(i);
            command.put("id", discord.nextId())
                    .put("application_id", DiscordStandIn.BOT_ID)
                    .put("guild_id", guildId)
                    .put("version", discord.nextId())
                    .put("type", command.getInt("type", 1));
            discord.commands.put(command.getString("name"), command);
            registered.add(command);
        }
        return Answer.json(registered);
    }

    private Answer createChannel(DataObject request, String guildId) {
        String id = discord.nextId();
        DataObject channel = StandInEntities.textChannel(
                        id,
                        guildId,
                        request.getString("name"),
                        request.getString("parent_id", null),
                        request.optArray("permission_overwrites").orElseGet(DataArray::empty))
                .put("topic", request.getString("topic", null));
        discord.channels.put(id, channel);
        return Answer.json(channel);
    }

    /** A thread started from a message has the message's id, as on Discord. */
    private Answer startThread(DataObject request, String channelId, String messageId) {
        String id = messageId;
        DataObject thread = StandInEntities.thread(
                id, DiscordStandIn.GUILD_ID, channelId, request.getString("name"), DiscordStandIn.BOT_ID);
        discord.channels.put(id, thread);
        return Answer.json(thread);
    }

    private Answer updateChannel(String channelId, DataObject request) {
        DataObject channel = discord.channels.get(channelId);
        if (channel == null) {
            return Answer.error(404, 10003, "Unknown Channel");
        }
        if (request.hasKey("archived") && channel.hasKey("thread_metadata")) {
            channel.getObject("thread_metadata").put("archived", request.getBoolean("archived"));
        }
        if (request.hasKey("permission_overwrites")) {
            channel.put("permission_overwrites", request.getArray("permission_overwrites"));
        }
        if (request.hasKey("name")) {
            channel.put("name", request.getString("name"));
        }
        if (channel.hasKey("thread_metadata")) {
            discord.gateway.dispatch("THREAD_UPDATE", channel);
        }
        return Answer.json(channel);
    }

    /** Creates or replaces one permission overwrite of a channel; Discord answers 204. */
    private Answer putOverwrite(String channelId, String overwriteId, DataObject request) {
        DataObject channel = discord.channels.get(channelId);
        if (channel == null) {
            return Answer.error(404, 10003, "Unknown Channel");
        }
        DataArray kept = DataArray.empty();
        DataArray all = channel.optArray("permission_overwrites").orElseGet(DataArray::empty);
        for (int i = 0; i < all.length(); i++) {
            if (!overwriteId.equals(all.getObject(i).getString("id"))) {
                kept.add(all.getObject(i));
            }
        }
        kept.add(DataObject.empty()
                .put("id", overwriteId)
                .put("type", request.getInt("type"))
                .put("allow", String.valueOf(request.get("allow")))
                .put("deny", String.valueOf(request.get("deny"))));
        channel.put("permission_overwrites", kept);
        return Answer.empty();
    }

    private Answer post(String channelId, DataObject request) {
        if (!discord.channels.containsKey(channelId)) {
            return Answer.error(404, 10003, "Unknown Channel");
        }
        if (channelId.startsWith("7") && discord.closedDms.contains(channelId.substring(1))) {
            return Answer.error(403, 50007, "Cannot send messages to this user");
        }
        String nonce = request.hasKey("nonce") ? String.valueOf(request.get("nonce")) : null;
        String key = DiscordStandIn.BOT_ID + "|" + nonce;
        long now = System.currentTimeMillis();
        DiscordStandIn.Nonced earlier = nonce == null ? null : discord.nonces.get(key);
        if (request.getBoolean("enforce_nonce", false)
                && earlier != null
                && now - earlier.atMillis() < DiscordStandIn.NONCE_WINDOW_MILLIS) {
            return Answer.json(discord.messages.get(earlier.messageId()));
        }
        DataObject message = StandInEntities.message(discord.nextId(), channelId, discord.botUser, request);
        if (nonce != null) {
            message.put("nonce", nonce);
            discord.nonces.put(key, new DiscordStandIn.Nonced(message.getString("id"), now));
        }
        discord.messages.put(message.getString("id"), message);
        if (discord.lostAnswers.getAndUpdate(left -> Math.max(0, left - 1)) > 0) {
            return Answer.error(500, 0, "500: Internal Server Error");
        }
        return Answer.json(message);
    }

    private Answer edit(String messageId, DataObject request) {
        DataObject message = discord.messages.get(messageId);
        if (message == null) {
            return Answer.error(404, 10008, "Unknown Message");
        }
        for (String field : new String[] {"content", "embeds", "components"}) {
            if (request.hasKey(field)) {
                message.put(field, request.get(field));
            }
        }
        message.put("edited_timestamp", StandInEntities.JOINED);
        return Answer.json(message);
    }

    /** A channel's archived public threads, or the guild's active ones, as Discord lists them. */
    private Answer threads(String parentId, boolean archived) {
        DataArray threads = DataArray.empty();
        discord.channels.values().stream()
                .filter(c -> c.hasKey("thread_metadata"))
                .filter(c -> parentId == null || parentId.equals(c.getString("parent_id")))
                .filter(c -> c.getObject("thread_metadata").getBoolean("archived") == archived)
                .forEach(threads::add);
        DataObject page = DataObject.empty().put("threads", threads).put("members", DataArray.empty());
        return Answer.json(archived ? page.put("has_more", false) : page);
    }

    private Answer pin(String channelId, String messageId, boolean pinned) {
        DataObject message = discord.messages.get(messageId);
        if (message == null || !channelId.equals(message.getString("channel_id"))) {
            return Answer.error(404, 10008, "Unknown Message");
        }
        message.put("pinned", pinned);
        return Answer.empty();
    }

    private Answer pins(String channelId) {
        DataArray pinned = DataArray.empty();
        discord.messagesIn(channelId).stream()
                .filter(message -> message.getBoolean("pinned", false))
                .forEach(pinned::add);
        return Answer.json(pinned);
    }

    private Answer openDirect(String userId) {
        DataObject member = discord.members.get(userId);
        DataObject user = member == null ? StandInEntities.user(userId, "someone", false) : member.getObject("user");
        String id = "7" + userId;
        DataObject channel = StandInEntities.directChannel(id, user);
        discord.channels.put(id, channel);
        return Answer.json(channel);
    }

    private Answer followUp(String token, DataObject request) {
        String channelId = discord.interactionChannels.get(token);
        DataObject message = StandInEntities.message(discord.nextId(), channelId, discord.botUser, request)
                .put("webhook_id", DiscordStandIn.BOT_ID)
                .put("interaction_token", token);
        discord.messages.put(message.getString("id"), message);
        return Answer.json(message);
    }

    private Answer editWebhookMessage(String token, String messageId, DataObject request) {
        String id = "@original".equals(messageId)
                ? discord.originals.computeIfAbsent(token, absent -> discord.nextId())
                : messageId;
        DataObject message = discord.messages.computeIfAbsent(
                id,
                absent -> StandInEntities.message(
                                id, discord.interactionChannels.get(token), discord.botUser, DataObject.empty())
                        .put("webhook_id", DiscordStandIn.BOT_ID)
                        .put("interaction_token", token)
                        .put("flags", 64));
        for (String field : new String[] {"content", "embeds", "components"}) {
            if (request.hasKey(field)) {
                message.put(field, request.get(field));
            }
        }
        return Answer.json(message);
    }
}
