package dev.atelier.discord;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.core.message.Message;
import dev.atelier.core.testing.CatalogTour;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every message of a tour of the catalog, rendered for Discord: Discord markdown only, pings only as meant. */
class CatalogOnDiscordTest {

    /** {@code *x*} that is not part of {@code **x**} and not escaped: Slack's bold, Discord's italics. */
    private static final Pattern SINGLE_STAR = Pattern.compile("(?<![*\\\\])\\*(?!\\*)[^*\\n]+(?<![*\\\\])\\*(?!\\*)");

    private static final Pattern SLACK_LINK = Pattern.compile("<https?://[^>\\s]*\\|");
    private static final Pattern SLACK_SPECIAL = Pattern.compile("(?<!\\\\)<!");

    private static List<Message> tour;

    @BeforeAll
    static void runTheTour() {
        tour = CatalogTour.messages();
    }

    @Test
    void noSlackSyntaxReachesDiscord() {
        assertThat(tour).hasSizeGreaterThan(150);
        for (Message message : tour) {
            String shown = shown(MessageRenderer.render(message));
            assertThat(shown)
                    .as("Discord rendering of: %s", message.markup())
                    .doesNotContainPattern(SINGLE_STAR)
                    .doesNotContainPattern(SLACK_LINK)
                    .doesNotContainPattern(SLACK_SPECIAL)
                    .doesNotContain("@role-")
                    .doesNotContain("@everyone")
                    .doesNotContain("/atelier ");
        }
    }

    @Test
    void onlyTheMembersTheMessageMeansArePinged() {
        for (Message message : tour) {
            MessageCreateData data = MessageRenderer.render(message);
            assertThat(data.getMentionedUsers()).as(message.markup()).isEqualTo(message.mentionedMembers());
        }
    }

    @Test
    void theSubmissionCardIsAnEmbedPingingTheMentorWithReviewButtons() {
        // given the card the mentor got for the first submission
        Message card = tour.stream()
                .filter(m -> m.title() != null && m.title().startsWith("Review M1"))
                .findFirst()
                .orElseThrow();

        // when
        MessageCreateData data = MessageRenderer.render(card);

        // then
        MessageEmbed embed = data.getEmbeds().get(0);
        assertThat(embed.getTitle()).isEqualTo("Review M1 · internship #1");
        assertThat(embed.getDescription())
                .isEqualTo("📥 <@alice> submitted **M1 Checkout \\*page\\*** for <@bob> to review.");
        assertThat(embed.getFields())
                .extracting(MessageEmbed.Field::getName)
                .containsExactly("Link", "Notes", "Acceptance criteria");
        assertThat(embed.getFields().get(1).getValue()).isEqualTo("see \\*this\\* and \\<!here\\>");
        assertThat(embed.getFields().get(2).getValue()).isEqualTo("Tests \\<@mod\\> pass");
        assertThat(data.getContent()).isEqualTo("<@bob>");
        assertThat(data.getMentionedUsers()).containsExactly("bob");
        assertThat(data.getComponents().get(0).asActionRow().getButtons())
                .extracting(b -> b.getLabel() + "=" + b.getCustomId())
                .containsExactly("Approve=a||review 1 approve", "Request changes=a|feedback!|review 1 changes");
    }

    @Test
    void helpWritesCommandsAsSlashCommands() {
        Message help = tour.stream()
                .filter(m -> "What you can do now".equals(m.title()) && m.text().contains("internship start"))
                .findFirst()
                .orElseThrow();

        String text = MessageRenderer.render(help).getEmbeds().get(0).getDescription();

        assertThat(text).contains("`/internship start intern:<intern> mentor:<mentor> task:<task>`");
        assertThat(text.lines().count()).isLessThanOrEqualTo(15);
    }

    static String shown(MessageCreateData data) {
        StringBuilder out = new StringBuilder(data.getContent());
        for (MessageEmbed embed : data.getEmbeds()) {
            out.append('\n').append(embed.getTitle()).append('\n').append(embed.getDescription());
            embed.getFields()
                    .forEach(f ->
                            out.append('\n').append(f.getName()).append('\n').append(f.getValue()));
        }
        out.append(data.getComponents().stream()
                .map(c -> c instanceof ActionRow row ? row.getButtons().toString() : "")
                .collect(Collectors.joining()));
        return out.toString();
    }
}
