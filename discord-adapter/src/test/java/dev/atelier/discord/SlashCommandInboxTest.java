package dev.atelier.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.lenient;

import dev.atelier.core.inbox.CommandInbox;
import dev.atelier.core.inbox.Inbox;
import dev.atelier.core.inbox.InboxCommand;
import dev.atelier.core.inbox.InboxEntry;
import dev.atelier.core.inbox.LaneClaim;
import dev.atelier.core.message.Message;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import org.junit.jupiter.api.Test;

/** With an inbox, a slash command is stored under its interaction id before it is deferred, and run by nobody here. */
class SlashCommandInboxTest {

    /** The inbox port in memory: stores by delivery key, can refuse everything. */
    static final class MemoryInbox implements CommandInbox {
        final Map<String, InboxCommand> stored = new LinkedHashMap<>();
        boolean down;

        @Override
        public boolean accept(InboxCommand command) {
            if (down) {
                throw new IllegalStateException("store unavailable");
            }
            return stored.putIfAbsent(command.key(), command) == null;
        }

        @Override
        public Optional<LaneClaim> claim(String instanceId, Instant now, Duration lease) {
            return Optional.empty();
        }

        @Override
        public Optional<InboxEntry> next(LaneClaim claim) {
            return Optional.empty();
        }

        @Override
        public boolean applied(String key, Message reply, Instant at) {
            return false;
        }

        @Override
        public void answered(String key, String how, Instant at) {}

        @Override
        public boolean renew(LaneClaim claim, Instant until) {
            return false;
        }

        @Override
        public void release(LaneClaim claim, Instant notBefore) {}

        @Override
        public long depth() {
            return stored.size();
        }

        @Override
        public long purgeAnswered(Instant before) {
            return 0;
        }
    }

    final TinyBot tiny = new TinyBot();
    final MemoryInbox store = new MemoryInbox();
    final Clock clock = Clock.fixed(Instant.parse("2026-11-30T10:00:00Z"), ZoneOffset.UTC);
    final SlashCommands slashCommands = new SlashCommands(
            () -> tiny.bot, new Callers("Mentors"), Runnable::run, () -> new Inbox(store, () -> {}), clock);
    final Guild guild = DiscordMocks.guild();
    final RecordingHook hook = new RecordingHook();
    final DiscordMocks.Direct direct = new DiscordMocks.Direct();
    final Member moderator = DiscordMocks.member("42", "Ada", true);

    SlashCommandInteractionEvent event(String id) {
        SlashCommandInteractionEvent event = DiscordMocks.slash(
                guild, moderator, hook, direct, "cohort", "create", List.of(DiscordMocks.text("name", "spring")));
        lenient().when(event.getId()).thenReturn(id);
        lenient().when(event.getToken()).thenReturn("token-" + id);
        return event;
    }

    @Test
    void aCommandIsStoredWithItsTokenThenDeferredAndNotRunOnTheGatewayThread() {
        slashCommands.handle(event("111"));

        InboxCommand stored = store.stored.get("discord:111");
        assertThat(stored).isNotNull();
        assertThat(stored.path()).isEqualTo("cohort create");
        assertThat(stored.options()).containsEntry("name", "spring");
        assertThat(stored.replyTo()).isEqualTo("token-111");
        assertThat(stored.caller().actor().platformModerator()).isTrue();
        assertThat(stored.receivedAt()).isEqualTo(clock.instant());
        assertThat(direct.deferEphemeral).containsExactly(true);
        assertThat(tiny.ran).isEmpty();
    }

    @Test
    void theSameInteractionDeliveredTwiceIsStoredOnce() {
        slashCommands.handle(event("222"));
        slashCommands.handle(event("222"));

        assertThat(store.stored).containsOnlyKeys("discord:222");
    }

    @Test
    void whenTheStoreIsDownTheMemberIsToldAndNothingIsDeferredOrRun() {
        store.down = true;

        slashCommands.handle(event("333"));

        assertThat(direct.defers).isZero();
        assertThat(direct.replies).containsExactly(SlashCommands.NOT_STORED);
        assertThat(direct.ephemeral).containsExactly(true);
        assertThat(tiny.ran).isEmpty();
    }
}
