package dev.atelier.discord;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.core.message.Button;
import dev.atelier.core.message.ButtonStyle;
import dev.atelier.core.message.Field;
import dev.atelier.core.message.Message;
import dev.atelier.core.message.Text;
import java.util.List;
import java.util.stream.IntStream;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.entities.Message.MentionType;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import org.junit.jupiter.api.Test;

class MessageRendererTest {

    @Test
    void shortUntitledMessageIsPlainContentWithMassMentionsDefused() {
        MessageCreateData data = MessageRenderer.render(Message.privateReply(Text.builder()
                .plain("Hi @everyone and @here, <@&77> ")
                .member("12")
                .build()));

        assertThat(data.getEmbeds()).isEmpty();
        assertThat(data.getContent()).isEqualTo("Hi @\u200Beveryone and @\u200Bhere, \\<@&77\\> <@12>");
        assertThat(data.getAllowedMentions())
                .doesNotContain(MentionType.EVERYONE, MentionType.HERE, MentionType.ROLE, MentionType.USER);
        assertThat(data.getMentionedUsers()).containsExactlyInAnyOrder("12");
    }

    @Test
    void maskedLinksFromUserTextAreShownAsTypedNotAsLinks() {
        // given a question whose text hides a link behind a friendly label
        Message message = Message.publicReply(Text.of("Q3: see [the docs](https://evil.example/login) please"))
                .withTitle("[click](https://evil.example)");

        // when
        MessageCreateData plain = MessageRenderer.render(Message.privateReply(Text.builder()
                .plain("see [docs](")
                .link("https://evil.example", null)
                .plain(")")
                .build()));
        MessageEmbed embed = MessageRenderer.render(message).getEmbeds().get(0);

        // then no masked link is left; the address shows
        assertThat(plain.getContent()).isEqualTo("see \\[docs\\](https://evil.example)");
        assertThat(embed.getDescription()).isEqualTo("Q3: see \\[the docs\\](https://evil.example/login) please");
        assertThat(embed.getTitle()).doesNotContain("[click](");
    }

    @Test
    void longTextIsCutAt4096WithAnEllipsis() {
        // given a text longer than an embed description may be
        Message message = Message.publicReply(Text.of("a".repeat(5000))).withTitle("T".repeat(300));

        // when
        MessageEmbed embed = MessageRenderer.render(message).getEmbeds().get(0);

        // then
        assertThat(embed.getTitle()).hasSize(256).endsWith("\u2026");
        assertThat(embed.getDescription()).hasSize(4096).endsWith("a\u2026");
    }

    @Test
    void cuttingNeverSplitsASurrogatePair() {
        String text = "a".repeat(4094) + "\uD83D\uDE00" + "tail";

        MessageEmbed embed = MessageRenderer.render(
                        Message.publicReply(Text.of(text)).withTitle("t"))
                .getEmbeds()
                .get(0);

        assertThat(embed.getDescription()).isEqualTo("a".repeat(4094) + "\u2026");
    }

    @Test
    void fieldsAreLimitedTo25AndToTheirLengthsAndTheEmbedTo6000() {
        // given 30 fields with long names and values
        List<Field> fields = IntStream.range(0, 30)
                .mapToObj(i -> Field.wide("n".repeat(300), Text.of("v".repeat(2000))))
                .toList();

        // when
        MessageEmbed embed = MessageRenderer.render(
                        Message.publicReply(Text.of("text")).withTitle("t").withFields(fields))
                .getEmbeds()
                .get(0);

        // then
        assertThat(embed.getFields()).hasSizeLessThanOrEqualTo(25).isNotEmpty();
        assertThat(embed.getFields()).allSatisfy(field -> {
            assertThat(field.getName()).hasSize(256);
            assertThat(field.getValue()).hasSize(1024);
        });
        assertThat(embed.getLength()).isLessThanOrEqualTo(MessageEmbed.EMBED_MAX_LENGTH_BOT);
    }

    @Test
    void publicEmbedCarriesItsMemberMentionsInContentSoTheyPing() {
        MessageCreateData data = MessageRenderer.render(Message.publicReply(Text.builder()
                        .member("11")
                        .plain(" reviewed ")
                        .member("22")
                        .plain("'s work; ")
                        .member("11")
                        .plain(" again")
                        .build())
                .withTitle("Review"));

        assertThat(data.getContent()).isEqualTo("<@11> <@22>");
        assertThat(data.getMentionedUsers()).containsExactlyInAnyOrder("11", "22");
    }

    @Test
    void aMemberMentionedOnlyInQuotedWordsIsNeitherInTheContentNorAllowedToBePinged() {
        // given a question quoting someone's words that mention a third member
        MessageCreateData data = MessageRenderer.render(Message.publicReply(Text.builder()
                        .member("11")
                        .plain(", ")
                        .member("22")
                        .plain(" asks:")
                        .quote("can <@33> help?\nor <@!44>")
                        .build())
                .withTitle("Q1"));

        // then only the two named outside the quote are pinged
        assertThat(data.getContent()).isEqualTo("<@11> <@22>");
        assertThat(data.getMentionedUsers()).containsExactlyInAnyOrder("11", "22");
        assertThat(data.getAllowedMentions()).doesNotContain(MentionType.USER);
    }

    @Test
    void buttonsBecomeRowsOfFiveWithTheirActionIdsAndStyles() {
        // given 7 buttons, one of them with an id over 100 characters and one repeated
        List<Button> buttons = new java.util.ArrayList<>(IntStream.range(0, 6)
                .mapToObj(i -> Button.of("B" + i, ButtonStyle.PRIMARY, "review " + i + " approve"))
                .toList());
        buttons.add(Button.of("Too long", ButtonStyle.DANGER, "review " + "9".repeat(100)));
        buttons.add(Button.of("Again", ButtonStyle.SUCCESS, "review 0 approve"));

        // when
        List<ActionRow> rows = ButtonRenderer.rows(buttons);

        // then
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).getButtons()).hasSize(5);
        assertThat(rows.get(1).getButtons()).hasSize(1);
        net.dv8tion.jda.api.components.buttons.Button first =
                rows.get(0).getButtons().get(0);
        assertThat(first.getCustomId()).isEqualTo(buttons.get(0).actionId());
        assertThat(first.getLabel()).isEqualTo("B0");
        assertThat(first.getStyle()).isEqualTo(net.dv8tion.jda.api.components.buttons.ButtonStyle.PRIMARY);
        assertThat(ButtonRenderer.style(ButtonStyle.DANGER))
                .isEqualTo(net.dv8tion.jda.api.components.buttons.ButtonStyle.DANGER);
    }
}
