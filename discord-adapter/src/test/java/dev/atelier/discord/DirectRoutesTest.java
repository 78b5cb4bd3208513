package dev.atelier.discord;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.core.cohort.Cohort;
import dev.atelier.core.message.Button;
import dev.atelier.core.message.ButtonStyle;
import dev.atelier.core.message.Message;
import dev.atelier.core.message.Text;
import java.util.List;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import org.junit.jupiter.api.Test;

class DirectRoutesTest {

    /** The largest snowflake Discord can send: 20 digits. */
    private static final String LONGEST_GUILD_ID = Long.toUnsignedString(-1L);

    @Test
    void wrappedIdsCarryTheirGuildAndUnwrapToTheCoresId() {
        // when
        String wrapped = DirectRoutes.wrap("1000", "a|rating,comment|internship rate 3");

        // then
        assertThat(wrapped).isEqualTo("g1000|a|rating,comment|internship rate 3");
        assertThat(DirectRoutes.unwrap(wrapped))
                .contains(new DirectRoutes.Route("1000", "a|rating,comment|internship rate 3"));
        assertThat(DirectRoutes.unwrap(DirectRoutes.wrap(LONGEST_GUILD_ID, "m|internship rate 3")))
                .contains(new DirectRoutes.Route(LONGEST_GUILD_ID, "m|internship rate 3"));
    }

    @Test
    void coreIdsAndMalformedIdsAreNotWrapped() {
        assertThat(List.of(
                        "a||status",
                        "m|review 3 changes",
                        "g|a||status",
                        "g12x|a||status",
                        "g1000|",
                        "g1000",
                        "g" + "9".repeat(21) + "|a||status",
                        "g99999999999999999999|a||status",
                        "someone-elses-button",
                        ""))
                .allSatisfy(id -> assertThat(DirectRoutes.unwrap(id)).isEmpty());
        assertThat(DirectRoutes.unwrap(null)).isEmpty();
    }

    @Test
    void theLongestRealDirectMessageIdsFitDiscordsLimit() {
        // given the longest ids the core sends in DMs: Decline with a cohort name of the longest (AskPairs),
        // the review buttons and the final review of the largest numbers (workspace posts sent as DMs), and
        // "Rate the mentorship" and "Show my score on the page" (CompleteInternship)
        String cohort = "\"" + "c".repeat(Cohort.MAX_NAME) + "\"";
        long largest = Long.MAX_VALUE;
        List<Button> buttons = List.of(
                Button.of("Accept", ButtonStyle.SUCCESS, "pair accept " + cohort),
                Button.of("Decline", ButtonStyle.DANGER, "pair decline " + cohort),
                Button.of("Approve", ButtonStyle.SUCCESS, "review " + largest + " approve"),
                Button.asking("Request changes", ButtonStyle.DANGER, "review " + largest + " changes", "feedback"),
                Button.asking(
                        "Complete internship",
                        ButtonStyle.SUCCESS,
                        "internship complete " + largest,
                        "score",
                        "skills",
                        "strengths",
                        "endorsement"),
                Button.of(
                        "Show my score on the page",
                        ButtonStyle.SECONDARY,
                        "credential score 00000000-0000-4000-8000-000000000000 show"));
        Message message = Message.publicReply(Text.of("🤝")).withButtons(buttons);

        // when rendered for a DM of the guild with the longest id
        MessageCreateData data = MessageRenderer.render(message, DirectRoutes.forGuild(LONGEST_GUILD_ID));

        // then no button is left out, every id is wrapped and within 100 characters
        List<String> ids = data.getComponents().stream()
                .flatMap(row -> row.asActionRow().getButtons().stream())
                .map(net.dv8tion.jda.api.components.buttons.Button::getCustomId)
                .toList();
        assertThat(ids)
                .hasSize(buttons.size())
                .allSatisfy(id -> assertThat(id)
                        .startsWith("g" + LONGEST_GUILD_ID + "|a|")
                        .hasSizeLessThanOrEqualTo(100));
        assertThat(DirectRoutes.wrap(LONGEST_GUILD_ID, "m|internship complete " + largest))
                .hasSizeLessThanOrEqualTo(100);
    }
}
