package dev.atelier.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import dev.atelier.core.testing.TestAtelier;
import java.util.Collection;
import java.util.List;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.events.guild.GuildJoinEvent;
import net.dv8tion.jda.api.events.guild.GuildReadyEvent;
import net.dv8tion.jda.api.interactions.commands.build.CommandData;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import net.dv8tion.jda.api.requests.restaction.CommandListUpdateAction;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

class CommandRegistrationTest {

    @Test
    @SuppressWarnings("unchecked")
    void guildCommandsAreRegisteredWhenAGuildIsReadyAndWhenAtelierJoinsOne() {
        // given
        TinyBot tiny = new TinyBot();
        DiscordListener listener = DiscordListener.create(() -> tiny.bot, null, Runnable::run, () -> null);
        Guild ready = DiscordMocks.guild();
        Guild joined = DiscordMocks.guild();
        CommandListUpdateAction readyUpdate = RestActions.succeeding(CommandListUpdateAction.class, List.of());
        CommandListUpdateAction joinUpdate = RestActions.succeeding(CommandListUpdateAction.class, List.of());
        when(ready.updateCommands()).thenReturn(readyUpdate);
        when(joined.updateCommands()).thenReturn(joinUpdate);
        GuildReadyEvent readyEvent = mock(GuildReadyEvent.class);
        when(readyEvent.getGuild()).thenReturn(ready);
        GuildJoinEvent joinEvent = mock(GuildJoinEvent.class);
        when(joinEvent.getGuild()).thenReturn(joined);

        // when
        listener.onGuildReady(readyEvent);
        listener.onGuildJoin(joinEvent);

        // then
        ArgumentCaptor<Collection<? extends CommandData>> commands = ArgumentCaptor.forClass(Collection.class);
        verify(readyUpdate).addCommands(commands.capture());
        assertThat(commands.getValue()).extracting(CommandData::getName).containsExactly("cohort", "status", "review");
        verify(joinUpdate).addCommands(anyCollection());
    }

    @Test
    void theRealCatalogFitsDiscordsLimits() {
        try (TestAtelier atelier = TestAtelier.start(List.of(), List.of())) {
            // when (JDA validates names, lengths and option order while building)
            List<SlashCommandData> commands =
                    SlashCommandDefinitions.from(atelier.bot().catalog());

            // then
            assertThat(commands).hasSizeLessThanOrEqualTo(100);
            assertThat(commands)
                    .extracting(SlashCommandData::getName)
                    .contains("cohort", "task", "internship", "milestone", "submit", "review", "status");
            assertThat(commands).allSatisfy(command -> {
                assertThat(command.getSubcommands()).hasSizeLessThanOrEqualTo(25);
                assertThat(command.getOptions()).hasSizeLessThanOrEqualTo(25);
                assertThat(characters(command))
                        .as("Discord's 4000-character limit per command")
                        .isLessThanOrEqualTo(4000);
            });
            SlashCommandData submit = commands.stream()
                    .filter(c -> c.getName().equals("submit"))
                    .findFirst()
                    .orElseThrow();
            assertThat(submit.getOptions().get(0).isAutoComplete()).isTrue();
        }
    }

    private static int characters(SlashCommandData command) {
        int total = command.getName().length() + command.getDescription().length() + options(command.getOptions());
        for (var sub : command.getSubcommands()) {
            total += sub.getName().length() + sub.getDescription().length() + options(sub.getOptions());
        }
        return total;
    }

    private static int options(List<net.dv8tion.jda.api.interactions.commands.build.OptionData> options) {
        return options.stream()
                .mapToInt(o -> o.getName().length()
                        + o.getDescription().length()
                        + o.getChoices().stream()
                                .mapToInt(c ->
                                        c.getName().length() + c.getAsString().length())
                                .sum())
                .sum();
    }
}
