package dev.atelier.discord;

import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.utils.data.DataArray;
import net.dv8tion.jda.api.utils.data.DataObject;

/**
 * Sends interactions over the stand-in's gateway as Discord does (INTERACTION_CREATE): slash
 * commands with their options typed as the bot registered them (members and channels resolved),
 * button presses on a message the stand-in holds (in a server channel or in the bot's DMs with a
 * member, shaped as Discord shapes each), and modal submissions.
 */
final class StandInInteractions {

    /** An interaction sent: its id and token, which its callback and follow-ups name. */
    record Interaction(String id, String token) {}

    private static final AtomicLong TOKENS = new AtomicLong();
    private final DiscordStandIn discord;

    StandInInteractions(DiscordStandIn discord) {
        this.discord = discord;
    }

    /** {@code /name subcommand} by {@code userId} in {@code channelId}, with options given as text (members by id). */
    Interaction slash(String userId, String channelId, String name, String subcommand, Map<String, String> options) {
        DataObject command = discord.commands.get(name);
        if (command == null) {
            throw new IllegalArgumentException("the bot did not register /" + name);
        }
        DataArray all = command.optArray("options").orElseGet(DataArray::empty);
        DataArray declared = subcommand == null
                ? all
                : find(all, subcommand).optArray("options").orElseGet(DataArray::empty);
        DataArray given = DataArray.empty();
        DataObject resolved = DataObject.empty()
                .put("users", DataObject.empty())
                .put("members", DataObject.empty())
                .put("channels", DataObject.empty());
        options.forEach((option, value) -> given.add(option(find(declared, option), value, resolved)));
        DataArray top = subcommand == null
                ? given
                : DataArray.empty()
                        .add(DataObject.empty()
                                .put("name", subcommand)
                                .put("type", 1)
                                .put("options", given));
        DataObject data = DataObject.empty()
                .put("id", command.getString("id"))
                .put("name", name)
                .put("type", 1)
                .put("guild_id", guildOf(channelId))
                .put("options", top)
                .put("resolved", resolved);
        return send(2, userId, channelId, data, null);
    }

    /** {@code userId} presses the button {@code customId} on message {@code messageId}. */
    Interaction press(String userId, String messageId, String customId) {
        return onMessage(
                userId, messageId, DataObject.empty().put("custom_id", customId).put("component_type", 2));
    }

    /** {@code userId} picks {@code value} in the string select {@code customId} on message {@code messageId}. */
    Interaction choose(String userId, String messageId, String customId, String value) {
        return onMessage(
                userId,
                messageId,
                DataObject.empty()
                        .put("custom_id", customId)
                        .put("component_type", 3)
                        .put("values", DataArray.empty().add(value)));
    }

    /** A component interaction (type 3) of {@code userId} on message {@code messageId}, with its {@code data}. */
    private Interaction onMessage(String userId, String messageId, DataObject data) {
        DataObject message = discord.messages.get(messageId);
        if (message == null) {
            throw new IllegalArgumentException("no message " + messageId);
        }
        return send(3, userId, message.getString("channel_id"), data, message);
    }

    /** {@code userId} submits the modal {@code customId} in {@code channelId} with these text inputs. */
    Interaction submit(String userId, String channelId, String customId, Map<String, String> values) {
        return submit(userId, channelId, customId, values, Map.of());
    }

    /** The same, with a value picked in each of the modal's string select menus ({@code picked}). */
    Interaction submit(
            String userId, String channelId, String customId, Map<String, String> values, Map<String, String> picked) {
        DataArray labels = DataArray.empty();
        values.forEach((input, value) -> labels.add(DataObject.empty()
                .put("type", 18)
                .put("id", labels.length() + 1)
                .put(
                        "component",
                        DataObject.empty()
                                .put("type", 4)
                                .put("id", labels.length() + 100)
                                .put("custom_id", input)
                                .put("value", value))));
        picked.forEach((menu, value) -> labels.add(DataObject.empty()
                .put("type", 18)
                .put("id", labels.length() + 1)
                .put(
                        "component",
                        DataObject.empty()
                                .put("type", 3)
                                .put("id", labels.length() + 100)
                                .put("custom_id", menu)
                                .put("values", DataArray.empty().add(value)))));
        return send(
                5,
                userId,
                channelId,
                DataObject.empty().put("custom_id", customId).put("components", labels),
                null);
    }

    /** A member writes {@code content} in a channel or thread: a MESSAGE_CREATE dispatch, as the gateway sends it. */
    void message(String userId, String channelId, String content) {
        DataObject member = discord.members.get(userId);
        if (member == null) {
            throw new IllegalArgumentException("no member " + userId);
        }
        DataObject withoutUser = copy(member);
        withoutUser.remove("user");
        DataObject message = StandInEntities.message(
                        discord.nextId(),
                        channelId,
                        copy(member.getObject("user")),
                        DataObject.empty().put("content", content))
                .put("guild_id", DiscordStandIn.GUILD_ID)
                .put("member", withoutUser);
        discord.messages.put(message.getString("id"), message);
        discord.gateway.dispatch("MESSAGE_CREATE", message);
    }

    private Interaction send(int type, String userId, String channelId, DataObject data, DataObject message) {
        DataObject member = discord.members.get(userId);
        if (member == null) {
            throw new IllegalArgumentException("no member " + userId);
        }
        DataObject channel = discord.channels.get(channelId);
        String guild = guildOf(channelId);
        String id = discord.nextId();
        String token = "interaction-token-" + TOKENS.incrementAndGet();
        discord.interactionChannels.put(token, channelId);
        if (channel != null && channel.getInt("type", 0) == 1) {
            return sendInDirectMessages(type, member, channel, data, message, id, token);
        }
        DataObject interaction = DataObject.empty()
                .put("id", id)
                .put("application_id", DiscordStandIn.BOT_ID)
                .put("type", type)
                .put("token", token)
                .put("version", 1)
                .put("guild_id", guild)
                .put(
                        "guild",
                        DataObject.empty()
                                .put("id", guild)
                                .put("locale", "en-US")
                                .put("features", DataArray.empty()))
                .put("channel_id", channelId)
                .put("channel", copy(channel).put("permissions", member.getString("permissions")))
                .put("member", DiscordStandIn.memberIn(guild, member))
                .put("locale", "en-US")
                .put("guild_locale", "en-US")
                .put("app_permissions", Long.toString(Permission.ADMINISTRATOR.getRawValue()))
                .put("entitlements", DataArray.empty())
                .put("authorizing_integration_owners", DataObject.empty().put("0", guild))
                .put("context", 0)
                .put("data", data);
        if (message != null) {
            interaction.put("message", message);
        }
        discord.gateway.dispatchForGuild(guild, "INTERACTION_CREATE", interaction);
        return new Interaction(id, token);
    }

    /** The guild a channel is in (the stand-in's main guild for one it does not know). */
    private String guildOf(String channelId) {
        DataObject channel = discord.channels.get(channelId);
        return channel == null ? DiscordStandIn.GUILD_ID : channel.getString("guild_id", DiscordStandIn.GUILD_ID);
    }

    /**
     * An interaction from the bot's DM channel with the member, as Discord sends it there: no server, the
     * presser as {@code user} rather than {@code member}, the DM channel and the bot-DM context.
     */
    private Interaction sendInDirectMessages(
            int type,
            DataObject member,
            DataObject channel,
            DataObject data,
            DataObject message,
            String id,
            String token) {
        DataObject interaction = DataObject.empty()
                .put("id", id)
                .put("application_id", DiscordStandIn.BOT_ID)
                .put("type", type)
                .put("token", token)
                .put("version", 1)
                .put("channel_id", channel.getString("id"))
                .put("channel", copy(channel))
                .put("user", copy(member.getObject("user")))
                .put("locale", "en-US")
                .put("app_permissions", Long.toString(Permission.ADMINISTRATOR.getRawValue()))
                .put("entitlements", DataArray.empty())
                .put("authorizing_integration_owners", DataObject.empty().put("0", DiscordStandIn.GUILD_ID))
                .put("context", 1)
                .put("data", data);
        if (message != null) {
            interaction.put("message", message);
        }
        discord.gateway.dispatch("INTERACTION_CREATE", interaction);
        return new Interaction(id, token);
    }

    private DataObject option(DataObject declared, String value, DataObject resolved) {
        int type = declared.getInt("type");
        DataObject option =
                DataObject.empty().put("name", declared.getString("name")).put("type", type);
        switch (type) {
            case 6 -> {
                DataObject member = discord.members.get(value);
                DataObject user =
                        member == null ? StandInEntities.user(value, "stranger", false) : member.getObject("user");
                resolved.getObject("users").put(value, user);
                if (member != null) {
                    DataObject withoutUser = copy(member);
                    withoutUser.remove("user");
                    resolved.getObject("members").put(value, withoutUser);
                }
                option.put("value", value);
            }
            case 7 -> {
                resolved.getObject("channels").put(value, copy(discord.channels.get(value)));
                option.put("value", value);
            }
            case 4 -> option.put("value", Long.parseLong(value));
            default -> option.put("value", value);
        }
        return option;
    }

    private static DataObject find(DataArray options, String name) {
        for (int i = 0; i < options.length(); i++) {
            if (name.equals(options.getObject(i).getString("name"))) {
                return options.getObject(i);
            }
        }
        throw new IllegalArgumentException("no option " + name + " in " + options);
    }

    private static DataObject copy(DataObject object) {
        return DataObject.fromJson(object.toJson());
    }
}
