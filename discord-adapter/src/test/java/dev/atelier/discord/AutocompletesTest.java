package dev.atelier.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.Collection;
import java.util.List;
import net.dv8tion.jda.api.events.interaction.command.CommandAutoCompleteInteractionEvent;
import net.dv8tion.jda.api.interactions.commands.Command;
import net.dv8tion.jda.api.requests.restaction.interactions.AutoCompleteCallbackAction;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

class AutocompletesTest {

    private final TinyBot tiny = new TinyBot();
    private final Autocompletes autocompletes = new Autocompletes(() -> tiny.bot, new Callers(null), Runnable::run);

    @Test
    @SuppressWarnings("unchecked")
    void suggestionsBecomeAtMost25ChoicesWithShortLabels() {
        // given the core suggests 30 internships with 123-character labels
        CommandAutoCompleteInteractionEvent event = DiscordMocks.autocomplete(
                DiscordMocks.guild(), DiscordMocks.member("60", "Io", false), "review", "internship", "1");
        when(event.replyChoices(anyCollection())).thenReturn(mock(AutoCompleteCallbackAction.class));

        // when
        autocompletes.handle(event);

        // then
        ArgumentCaptor<Collection<Command.Choice>> choices = ArgumentCaptor.forClass(Collection.class);
        verify(event).replyChoices(choices.capture());
        List<Command.Choice> sent = List.copyOf(choices.getValue());
        assertThat(sent).hasSize(25);
        assertThat(sent)
                .allSatisfy(choice -> assertThat(choice.getName())
                        .hasSizeLessThanOrEqualTo(100)
                        .endsWith("\u2026"));
        assertThat(sent.get(0).getAsString()).isEqualTo("1");
    }

    @Test
    @SuppressWarnings("unchecked")
    void optionsWithoutSuggestionsGetNoChoices() {
        CommandAutoCompleteInteractionEvent event = DiscordMocks.autocomplete(
                DiscordMocks.guild(), DiscordMocks.member("60", "Io", false), "review", "feedback", "x");
        when(event.replyChoices(anyCollection())).thenReturn(mock(AutoCompleteCallbackAction.class));

        autocompletes.handle(event);

        ArgumentCaptor<Collection<Command.Choice>> choices = ArgumentCaptor.forClass(Collection.class);
        verify(event).replyChoices(choices.capture());
        assertThat(choices.getValue()).isEmpty();
    }
}
