package dev.atelier.discord;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.core.community.CommunityRef;
import dev.atelier.core.community.Platform;
import dev.atelier.core.message.Destination;
import dev.atelier.core.message.Message;
import dev.atelier.core.message.Notification;
import dev.atelier.core.message.Select;
import dev.atelier.core.message.SelectOption;
import dev.atelier.core.message.Text;
import java.util.List;
import net.dv8tion.jda.api.utils.data.DataObject;
import org.junit.jupiter.api.Test;

/**
 * Menus on messages (string selects the core made, outside forms), through the real JDA client and the
 * stand-in: a choice runs the menu's command as the member who chose, answered privately.
 */
class MenusOnDiscordTest extends StandInFlowTest {

    @Test
    void aChoiceInAMenuRunsItsCommandForTheMemberWhoChose() {
        // given a message with a menu of commands to explain, posted in the cohort channel
        Select menu = Select.of(
                "Which command?",
                "help",
                "command",
                List.of(new SelectOption("Submit work", "submit"), new SelectOption("Ask", "ask")));
        new DiscordNotifier(connection()::jda)
                .send(
                        new CommunityRef(Platform.DISCORD, DiscordStandIn.GUILD_ID, "Atelier test server"),
                        Notification.to(
                                Destination.channel(DiscordStandIn.COHORT_CHANNEL_ID),
                                Message.publicReply(Text.of("What should I explain?"))
                                        .withSelects(List.of(menu))));
        DataObject posted = message(DiscordStandIn.COHORT_CHANNEL_ID, "What should I explain?");
        DataObject select = posted.getArray("components")
                .getObject(0)
                .getArray("components")
                .getObject(0);
        assertThat(select.getInt("type")).isEqualTo(3);

        // when the intern picks "submit"
        Answer answer =
                answer(interactions.choose(INTERN, posted.getString("id"), select.getString("custom_id"), "submit"));

        // then only she sees the help of submit
        DataObject callback = answer.callback();
        assertThat(callback.getObject("data").getInt("flags", 0) & 64).isEqualTo(64);
        assertThat(answer.text()).contains("/submit").doesNotContain("⚠️");
    }
}
