package dev.atelier.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.lenient;

import java.util.List;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import org.junit.jupiter.api.Test;

class SlashCommandsTest {

    private final TinyBot tiny = new TinyBot();
    private final SlashCommands slashCommands =
            new SlashCommands(() -> tiny.bot, new Callers("Mentors"), Runnable::run);
    private final Guild guild = DiscordMocks.guild();
    private final RecordingHook hook = new RecordingHook();
    private final DiscordMocks.Direct direct = new DiscordMocks.Direct();

    @Test
    void moderatorRunsCommandWithResolvedOptionsAndGetsPrivateReply() {
        // given a member with Manage Server, and a member and a channel option
        Member moderator = DiscordMocks.member("42", "Ada", true);
        Member lead = DiscordMocks.member("43", "Grace|H>opper", false);
        SlashCommandInteractionEvent event = DiscordMocks.slash(
                guild,
                moderator,
                hook,
                direct,
                "cohort",
                "create",
                List.of(
                        DiscordMocks.text("name", "spring"),
                        DiscordMocks.channel("channel", "555"),
                        DiscordMocks.user("lead", lead)));

        // when
        slashCommands.handle(event);

        // then it deferred privately, ran the command with the raw options, and edited the deferred reply
        assertThat(direct.deferEphemeral).containsExactly(true);
        assertThat(tiny.ran).containsExactly("cohort create spring 555 Member[id=43, name=GraceHopper]");
        assertThat(hook.privateReplies).containsExactly("Cohort **spring** created.");
        assertThat(hook.publicMessages).isEmpty();
    }

    @Test
    void aBotCannotBeNamedWhereAPersonBelongs() {
        // given a moderator naming a bot (Atelier itself, or another app) as the intern
        Member moderator = DiscordMocks.member("42", "Ada", true);
        Member bot = DiscordMocks.member("99", "Atelier", false);
        OptionMapping option = DiscordMocks.user("lead", bot);
        lenient().when(option.getAsUser().isBot()).thenReturn(true);

        // when
        slashCommands.handle(DiscordMocks.slash(
                guild,
                moderator,
                hook,
                direct,
                "cohort",
                "create",
                List.of(DiscordMocks.text("name", "bots"), option)));

        // then it is refused privately and nothing ran
        assertThat(tiny.ran).isEmpty();
        assertThat(direct.replies).containsExactly(SlashCommands.BOTS_REFUSED);
        assertThat(direct.ephemeral).containsExactly(true);
    }

    @Test
    void moderatorRoleByNameCountsAsModerator() {
        Member member = DiscordMocks.member("44", "Lin", false, DiscordMocks.role("9", "mentors"));
        slashCommands.handle(DiscordMocks.slash(
                guild, member, hook, direct, "cohort", "create", List.of(DiscordMocks.text("name", "autumn"))));

        assertThat(tiny.ran).hasSize(1);
        assertThat(hook.lastPrivateReply()).contains("autumn");
    }

    @Test
    void nonModeratorIsRefusedPrivately() {
        // given a member without Manage Server or the moderator role
        Member member = DiscordMocks.member("45", "Bob", false, DiscordMocks.role("8", "Interns"));

        // when
        slashCommands.handle(DiscordMocks.slash(
                guild, member, hook, direct, "cohort", "create", List.of(DiscordMocks.text("name", "spring"))));

        // then nothing ran and the answer says who may
        assertThat(tiny.ran).isEmpty();
        assertThat(hook.lastPrivateReply()).contains("Only moderators can run `/cohort create`");
        assertThat(hook.publicMessages).isEmpty();
    }

    @Test
    void commandInDirectMessagesIsRefusedWithoutDeferring() {
        // given an interaction without guild and member (a DM)
        SlashCommandInteractionEvent event = DiscordMocks.slash(null, null, hook, direct, "status", null, List.of());

        // when
        slashCommands.handle(event);

        // then
        assertThat(direct.defers).isZero();
        assertThat(direct.replies).containsExactly(Callers.SERVER_ONLY);
        assertThat(direct.ephemeral).containsExactly(true);
        assertThat(tiny.ran).isEmpty();
    }

    @Test
    void publicReplyIsPostedAsPublicFollowUpAfterPrivateConfirmation() {
        // given
        Member member = DiscordMocks.member("46", "Cy", false);

        // when
        slashCommands.handle(DiscordMocks.slash(
                guild, member, hook, direct, "status", null, List.of(DiscordMocks.integer("count", 3))));

        // then the deferred reply says it is posted, and the public follow-up carries the message and its buttons
        assertThat(hook.privateReplies).containsExactly(OutcomeReplies.POSTED);
        assertThat(hook.publicMessages).hasSize(1);
        String text = RecordingHook.text(hook.publicMessages.get(0));
        assertThat(text).contains("Status", "All good @\u200Beveryone", "<@46>");
        assertThat(hook.publicMessages.get(0).getComponents()).hasSize(1);
    }

    @Test
    void badOptionValueGetsTheCoreMessage() {
        Member member = DiscordMocks.member("47", "Di", false);

        slashCommands.handle(DiscordMocks.slash(
                guild, member, hook, direct, "status", null, List.of(DiscordMocks.text("internship", "abc"))));

        assertThat(hook.lastPrivateReply()).contains("internship must be a internship number");
        assertThat(tiny.ran).isEmpty();
    }
}
