package dev.atelier.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import dev.atelier.core.message.Button;
import dev.atelier.core.message.ButtonStyle;
import java.util.Map;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.entities.UserSnowflake;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.modals.Modal;
import net.dv8tion.jda.api.requests.restaction.CacheRestAction;
import org.junit.jupiter.api.Test;

/** Buttons and forms pressed in DMs, which carry their server in their ids (see {@link DirectRoutes}). */
class DirectButtonsTest {

    private final TinyBot tiny = new TinyBot();
    private final Callers callers = new Callers(null);
    private final ButtonPresses buttons = new ButtonPresses(() -> tiny.bot, callers, Runnable::run);
    private final ModalSubmissions modals = new ModalSubmissions(() -> tiny.bot, callers, Runnable::run);
    private final Guild guild = DiscordMocks.guild();
    private final Member mentor = DiscordMocks.member("50", "Mo", false);
    private final RecordingHook hook = new RecordingHook();
    private final DiscordMocks.Direct direct = new DiscordMocks.Direct();
    private final JDA jda = mock(JDA.class);

    @Test
    void unroutedButtonFromDirectMessagesStillWorksOnlyInAServer() {
        // when a button with a core id (no server in it) is pressed in DMs
        buttons.handle(inDirectMessages(mentor.getId(), "a||review 3 approve"));

        // then
        assertThat(direct.replies).containsExactly(Callers.SERVER_ONLY);
        assertThat(direct.defers).isZero();
        assertThat(tiny.ran).isEmpty();
    }

    @Test
    void routedButtonFromDirectMessagesActsAsTheMemberOfItsServer() {
        // given the mentor, in the guild's member cache
        when(guild.getMember(any(UserSnowflake.class))).thenReturn(mentor);

        // when they press a routed Approve in their DMs
        buttons.handle(inDirectMessages(mentor.getId(), routed("a||review 3 approve")));

        // then the core gets the unwrapped id, without a REST look-up
        assertThat(direct.deferEphemeral).containsExactly(true);
        assertThat(tiny.ran).containsExactly("review 3 approve -");
        assertThat(hook.lastPrivateReply()).isEqualTo("Review saved.");
        verify(guild, never()).retrieveMember(any(UserSnowflake.class));
    }

    @Test
    void routedButtonAskingForOptionsShowsARoutedModalAtOnce() {
        // given the mentor, found by REST
        memberByRest();
        String id = Button.asking("Request changes", ButtonStyle.DANGER, "review 3 changes", "feedback")
                .actionId();

        // when pressed in DMs
        buttons.handle(inDirectMessages(mentor.getId(), routed(id)));

        // then the form is shown without deferring, and its id names the server
        assertThat(direct.defers).isZero();
        assertThat(direct.modals).extracting(Modal::getId).containsExactly(routed("m|review 3 changes"));

        // when the form is submitted in DMs, the core gets the unwrapped modal id
        modals.handle(DirectMessages.from(
                DiscordMocks.modal(
                        null, null, hook, direct, routed("m|review 3 changes"), Map.of("feedback", "Please add tests")),
                jda,
                mentor.getId()));
        assertThat(tiny.ran).containsExactly("review 3 changes Please add tests");
    }

    @Test
    void routedButtonFromSomeoneOutsideTheServerReachesNothing() {
        // given a user who is not a member of the server named in the id (Discord answers Unknown Member)
        memberByRest();

        // when they press a plain and an asking button in their DMs
        buttons.handle(inDirectMessages("666", routed("a||review 3 approve")));
        DiscordMocks.Direct asked = new DiscordMocks.Direct();
        buttons.handle(DirectMessages.from(
                DiscordMocks.button(null, null, new RecordingHook(), asked, routed("a|feedback|review 3 changes")),
                jda,
                "666"));

        // then both are refused, with no form shown and nothing run
        assertThat(hook.privateReplies).containsExactly(InteractionRoute.NOT_A_MEMBER);
        assertThat(asked.replies).containsExactly(InteractionRoute.NOT_A_MEMBER);
        assertThat(asked.modals).isEmpty();
        assertThat(tiny.ran).isEmpty();
    }

    @Test
    void routedButtonOfAnUnknownServerIsRefused() {
        // when the id names a server Atelier is not in (or no longer)
        buttons.handle(inDirectMessages(mentor.getId(), DirectRoutes.wrap("4242", "a||review 3 approve")));

        // then
        assertThat(direct.replies).containsExactly(InteractionRoute.SERVER_GONE);
        assertThat(direct.ephemeral).containsExactly(true);
        assertThat(direct.defers).isZero();
        assertThat(tiny.ran).isEmpty();
    }

    @Test
    void routedIdsInsideAServerActOnlyInThatServer() {
        // when a routed id of this server, then one of another server, are pressed in this server
        buttons.handle(DiscordMocks.button(guild, mentor, hook, direct, routed("a||review 3 approve")));
        DiscordMocks.Direct foreign = new DiscordMocks.Direct();
        buttons.handle(DiscordMocks.button(
                guild, mentor, new RecordingHook(), foreign, DirectRoutes.wrap("4242", "a||review 4 approve")));

        // then the first acts as before and the second is refused
        assertThat(tiny.ran).containsExactly("review 3 approve -");
        assertThat(foreign.replies).containsExactly(InteractionRoute.OTHER_SERVER);
        assertThat(foreign.defers).isZero();
    }

    private ButtonInteractionEvent inDirectMessages(String userId, String id) {
        when(jda.getGuildById(DiscordMocks.GUILD_ID)).thenReturn(guild);
        return DirectMessages.from(DiscordMocks.button(null, null, hook, direct, id), jda, userId);
    }

    @SuppressWarnings("unchecked")
    private void memberByRest() {
        when(jda.getGuildById(DiscordMocks.GUILD_ID)).thenReturn(guild);
        when(guild.retrieveMember(any(UserSnowflake.class)))
                .thenAnswer(invocation -> mentor.getId().equals(((UserSnowflake) invocation.getArgument(0)).getId())
                        ? RestActions.succeeding(CacheRestAction.class, mentor)
                        : RestActions.failing(CacheRestAction.class, DirectMessages.unknownMember()));
    }

    private static String routed(String id) {
        return DirectRoutes.wrap(DiscordMocks.GUILD_ID, id);
    }
}
