package dev.atelier.discord;

import dev.atelier.core.message.Field;
import dev.atelier.core.message.Message;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.utils.messages.MessageCreateBuilder;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import net.dv8tion.jda.api.utils.messages.MessageEditData;

/**
 * Renders a portable {@link Message} for Discord. A short untitled message without fields is plain
 * content; anything else is an embed (title, description, fields), cut to Discord's limits. Text is
 * written as Discord markdown by {@link DiscordMarkdown}. Embed mentions never ping, so a public
 * embed carries the members it mentions in its content. A message pings exactly the members its
 * mention spans name ({@link Message#mentionedMembers()}): its AllowedMentions list those ids and
 * parse no member, role or mass mention, so nothing a member typed pings anyone. Buttons and menus
 * become action rows (see {@link ButtonRenderer}), their custom ids optionally rewritten (a DM's
 * buttons carry their guild, see {@link DirectRoutes}).
 */
final class MessageRenderer {

    static final int CONTENT_MAX = net.dv8tion.jda.api.entities.Message.MAX_CONTENT_LENGTH;
    private static final int MAX_PINGED = 100;

    private MessageRenderer() {}

    static MessageCreateData render(Message message) {
        return render(message, UnaryOperator.identity());
    }

    static MessageCreateData render(Message message, UnaryOperator<String> buttonIds) {
        String text = DiscordMarkdown.INSTANCE.render(message.body());
        Set<String> pinged = intendedPings(message);
        MessageCreateBuilder builder = new MessageCreateBuilder()
                .setAllowedMentions(AllowedMentionsPolicy.PARSED)
                .mentionUsers(pinged);
        boolean plain = message.title() == null && message.fields().isEmpty() && text.length() <= CONTENT_MAX;
        if (plain) {
            builder.setContent(
                    text.isBlank()
                                    && message.buttons().isEmpty()
                                    && message.selects().isEmpty()
                            ? Text.ELLIPSIS
                            : text);
        } else {
            builder.setEmbeds(embed(message, text));
            if (!message.ephemeral()) {
                builder.setContent(Text.truncate(
                        pinged.stream().map(id -> "<@" + id + ">").collect(Collectors.joining(" ")), CONTENT_MAX));
            }
        }
        builder.setComponents(ButtonRenderer.rows(message.buttons(), message.selects(), buttonIds));
        return builder.build();
    }

    static MessageEditData renderEdit(Message message) {
        return MessageEditData.fromCreateData(render(message));
    }

    private static MessageEmbed embed(Message message, String text) {
        EmbedBuilder embed = new EmbedBuilder();
        int budget = MessageEmbed.EMBED_MAX_LENGTH_BOT;
        String title = Text.truncate(DiscordMarkdown.escape(message.title()), MessageEmbed.TITLE_MAX_LENGTH);
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
                    Text.orElse(DiscordMarkdown.escape(field.name()), EmbedBuilder.ZERO_WIDTH_SPACE),
                    MessageEmbed.TITLE_MAX_LENGTH);
            String value = Text.truncate(
                    Text.orElse(DiscordMarkdown.INSTANCE.render(field.value()), EmbedBuilder.ZERO_WIDTH_SPACE),
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

    /** The members the message's mention spans name, at most Discord's 100. */
    static Set<String> intendedPings(Message message) {
        Set<String> ids = new LinkedHashSet<>();
        for (String id : message.mentionedMembers()) {
            if (ids.size() == MAX_PINGED) {
                break;
            }
            ids.add(id);
        }
        return ids;
    }
}
