package dev.atelier.discord;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.core.message.CommandHint;
import dev.atelier.core.message.Field;
import dev.atelier.core.message.Message;
import dev.atelier.core.message.Text;
import java.util.List;
import net.dv8tion.jda.api.entities.Message.MentionType;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import org.junit.jupiter.api.Test;

class DiscordMarkdownTest {

    @Test
    void structureBecomesDiscordMarkdown() {
        // given
        Text text = Text.builder()
                .bold("M2 approved")
                .plain(" by ")
                .member("42")
                .plain(", see ")
                .link("https://example.org/pr/1", "the pull request")
                .plain(" and ")
                .role("77", "Mentors")
                .plain(" ")
                .code("resolve 1")
                .build();

        // when
        String rendered = DiscordMarkdown.INSTANCE.render(text);

        // then
        assertThat(rendered)
                .isEqualTo("**M2 approved** by <@42>, see [the pull request](https://example.org/pr/1) and @Mentors"
                        + " `resolve 1`");
    }

    @Test
    void wordsAMemberTypedShowAsTypedAndPingNobody() {
        // given a member's words full of markup
        Message message = Message.publicReply(Text.builder()
                .plain("Asked by ")
                .member("1")
                .plain(": ")
                .user("*hi* <@2> <@&3> @everyone [click](https://evil.example) _x_")
                .build());

        // when
        MessageCreateData data = MessageRenderer.render(message);

        // then nothing of it is markup, and only the intended member is pinged
        assertThat(data.getContent())
                .isEqualTo(
                        "Asked by <@1>: \\*hi\\* \\<@2\\> \\<@&3\\> @\u200Beveryone \\[click\\](https://evil.example)"
                                + " \\_x\\_");
        assertThat(data.getMentionedUsers()).containsExactly("1");
        assertThat(data.getAllowedMentions()).doesNotContain(MentionType.USER, MentionType.ROLE, MentionType.EVERYONE);
    }

    @Test
    void quotedLinesAndLineStartsAreEscaped() {
        String rendered = DiscordMarkdown.INSTANCE.render(
                Text.builder().quote("# title\n> nested\n- item").build());

        assertThat(rendered).isEqualTo("> \\# title\n> \\> nested\n> \\- item");
    }

    @Test
    void aCommandHintIsTheSlashCommandAMemberTypes() {
        CommandHint hint = CommandHint.of("internship start")
                .with("intern", "@a")
                .with("mentor", "@b")
                .with("task", 1);

        assertThat(DiscordMarkdown.INSTANCE.render(Text.builder().command(hint).build()))
                .isEqualTo("`/internship start intern:@a mentor:@b task:1`");
        assertThat(DiscordMarkdown.slashCommand(CommandHint.of("ask").placeholder("question")))
                .isEqualTo("/ask question:<question>");
    }

    @Test
    void membersMentionedInFieldsArePingedAndShownInTheContentOfAPublicEmbed() {
        Message message = Message.publicReply(Text.of("Review waiting"))
                .withTitle("Review M2")
                .withFields(
                        List.of(Field.of("Mentor", Text.builder().member("9").build())));

        MessageCreateData data = MessageRenderer.render(message);

        assertThat(data.getContent()).isEqualTo("<@9>");
        assertThat(data.getMentionedUsers()).containsExactly("9");
        assertThat(data.getEmbeds().get(0).getFields().get(0).getValue()).isEqualTo("<@9>");
    }
}
