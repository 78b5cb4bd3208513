package dev.atelier.discord;

import dev.atelier.core.message.Field;
import dev.atelier.core.message.MassMentions;
import dev.atelier.core.message.Message;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.utils.messages.MessageCreateBuilder;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import net.dv8tion.jda.api.utils.messages.MessageEditData;

/**
 * Renders a portable {@link Message} for Discord. A short untitled message without fields is plain
 * content; anything else is an embed (title, description, fields), cut to Discord's limits. Embed
 * mentions never ping, so a public embed carries the members it mentions in its content. A message
 * may ping exactly the members it names outside quoted lines ({@code > ...}, someone's own words):
 * its AllowedMentions list those ids and parse nothing, so a mention typed by a user never pings. Buttons
 * become action rows (see {@link ButtonRenderer}), their custom ids optionally rewritten (a DM's
 * buttons carry their guild, see {@link DirectRoutes}).
 */
final class MessageRenderer {

    static final int CONTENT_MAX = net.dv8tion.jda.api.entities.Message.MAX_CONTENT_LENGTH;
    private static final int MAX_PINGED = 100;
    private static final Pattern MEMBER_MENTION = Pattern.compile("<@!?(\\d+)>");

    private MessageRenderer() {}

    static MessageCreateData render(Message message) {
        return render(message, UnaryOperator.identity());
    }

    static MessageCreateData render(Message message, UnaryOperator<String> buttonIds) {
        return render(message, buttonIds, true);
    }

    /** An update of a message posted earlier: the same rendering, pinging nobody (an edit never notifies). */
    static MessageEditData renderUpdate(Message message, UnaryOperator<String> buttonIds) {
        return MessageEditData.fromCreateData(render(message, buttonIds, false));
    }

    private static MessageCreateData render(Message message, UnaryOperator<String> buttonIds, boolean ping) {
        String text = MaskedLinks.escape(MassMentions.defuse(message.text()));
        Set<String> pinged = intendedPings(text);
        MessageCreateBuilder builder = new MessageCreateBuilder()
                .setAllowedMentions(AllowedMentionsPolicy.PARSED)
                .mentionUsers(ping ? pinged : Set.of());
        boolean plain = message.title() == null && message.fields().isEmpty() && text.length() <= CONTENT_MAX;
        if (plain) {
            builder.setContent(text.isBlank() && message.buttons().isEmpty() ? Text.ELLIPSIS : text);
        } else {
            builder.setEmbeds(embed(message, text));
            if (!message.ephemeral()) {
                builder.setContent(Text.truncate(
                        pinged.stream().map(id -> "<@" + id + ">").collect(Collectors.joining(" ")), CONTENT_MAX));
            }
        }
        builder.setComponents(ButtonRenderer.rows(message.buttons(), buttonIds));
        return builder.build();
    }

    static MessageEditData renderEdit(Message message) {
        return MessageEditData.fromCreateData(render(message));
    }

    private static MessageEmbed embed(Message message, String text) {
        EmbedBuilder embed = new EmbedBuilder();
        int budget = MessageEmbed.EMBED_MAX_LENGTH_BOT;
        String title =
                Text.truncate(MaskedLinks.escape(MassMentions.defuse(message.title())), MessageEmbed.TITLE_MAX_LENGTH);
        if (title != null && !title.isBlank()) {
            embed.setTitle(title);
            budget -= title.length();
        }
        String description = Text.truncate(text, Math.min(MessageEmbed.DESCRIPTION_MAX_LENGTH, budget));
        if (!description.isBlank()) {
            embed.setDescription(description);
            budget -= description.length();
        }
        for (Field field : fields(message.fields())) {
            String name = Text.truncate(
                    Text.orElse(MassMentions.defuse(field.name()), EmbedBuilder.ZERO_WIDTH_SPACE),
                    MessageEmbed.TITLE_MAX_LENGTH);
            String value = Text.truncate(
                    Text.orElse(MaskedLinks.escape(MassMentions.defuse(field.value())), EmbedBuilder.ZERO_WIDTH_SPACE),
                    MessageEmbed.VALUE_MAX_LENGTH);
            if (name.length() + value.length() > budget) {
                break;
            }
            embed.addField(name, value, field.inline());
            budget -= name.length() + value.length();
        }
        if (embed.isEmpty()) {
            embed.setDescription(Text.ELLIPSIS);
        }
        return embed.build();
    }

    private static List<Field> fields(List<Field> fields) {
        return fields.size() <= MessageEmbed.MAX_FIELD_AMOUNT
                ? fields
                : new ArrayList<>(fields.subList(0, MessageEmbed.MAX_FIELD_AMOUNT));
    }

    /** The ids of the members a text mentions outside quoted lines, at most Discord's 100. */
    static Set<String> intendedPings(String text) {
        Set<String> ids = new LinkedHashSet<>();
        for (String line : text.split("\n", -1)) {
            if (line.startsWith(">")) {
                continue;
            }
            Matcher matcher = MEMBER_MENTION.matcher(line);
            while (matcher.find() && ids.size() < MAX_PINGED) {
                ids.add(matcher.group(1));
            }
        }
        return ids;
    }
}
