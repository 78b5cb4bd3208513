package dev.atelier.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.model.block.ActionsBlock;
import com.slack.api.model.block.HeaderBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.composition.MarkdownTextObject;
import com.slack.api.model.block.composition.TextObject;
import com.slack.api.model.block.element.ButtonElement;
import dev.atelier.core.message.Message;
import dev.atelier.core.testing.CatalogTour;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every message of a tour of the catalog, rendered for Slack: mrkdwn and Block Kit only. */
class CatalogOnSlackTest {

    private static final Pattern DISCORD_LINK = Pattern.compile("\\[[^\\]]*\\]\\(https?://");
    private static final Pattern DISCORD_ESCAPE = Pattern.compile("\\\\[*_`<>#\\[\\]~|-]");
    private static final Pattern LIVE_SPECIAL = Pattern.compile("<!(here|channel|everyone|subteam)");

    private static List<Message> tour;

    @BeforeAll
    static void runTheTour() {
        tour = CatalogTour.messages();
    }

    @Test
    void noDiscordSyntaxReachesSlack() {
        assertThat(tour).hasSizeGreaterThan(150);
        for (Message message : tour) {
            String shown = BlockKit.blocks(message) + "\n" + BlockKit.fallback(message);
            assertThat(shown)
                    .as("Slack rendering of: %s", message.markup())
                    .doesNotContain("**")
                    .doesNotContainPattern(DISCORD_LINK)
                    .doesNotContainPattern(DISCORD_ESCAPE)
                    .doesNotContainPattern(LIVE_SPECIAL)
                    .doesNotContain("<@&")
                    .doesNotContain("@role-")
                    .doesNotContain("intern:<intern>");
        }
    }

    @Test
    void theSubmissionCardIsAHeaderSectionsAndReviewButtons() {
        // given the card the mentor got for the first submission
        Message card = tour.stream()
                .filter(m -> m.title() != null && m.title().startsWith("Review M1"))
                .findFirst()
                .orElseThrow();

        // when
        List<LayoutBlock> blocks = BlockKit.blocks(card);

        // then
        assertThat(blocks)
                .extracting(LayoutBlock::getType)
                .containsExactly("header", "section", "section", "section", "section", "actions");
        assertThat(((HeaderBlock) blocks.get(0)).getText().getText()).isEqualTo("Review M1 · internship #1");
        assertThat(text(blocks.get(1))).isEqualTo("📥 @alice submitted *M1 Checkout page* for <@bob> to review.");
        assertThat(text(blocks.get(3))).isEqualTo("*Notes*\nsee *this* and &lt;!here&gt;");
        assertThat(text(blocks.get(4))).isEqualTo("*Acceptance criteria*\nTests &lt;@mod&gt; pass");
        assertThat(((ActionsBlock) blocks.get(5)).getElements())
                .map(e -> ((ButtonElement) e).getText().getText() + "=" + ((ButtonElement) e).getActionId())
                .containsExactly("Approve=a||review 1 approve", "Request changes=a|feedback!|review 1 changes");
    }

    @Test
    void helpWritesCommandsAsAtelierSlashCommands() {
        Message help = tour.stream()
                .filter(m -> "What you can do now".equals(m.title()) && m.text().contains("internship start"))
                .findFirst()
                .orElseThrow();

        String text = text(BlockKit.blocks(help).get(1));

        assertThat(text).contains("`/atelier internship start &lt;intern&gt; &lt;mentor&gt; &lt;task&gt;`");
        assertThat(text.lines().count()).isLessThanOrEqualTo(16);
    }

    private static String text(LayoutBlock block) {
        TextObject text = ((SectionBlock) block).getText();
        return text instanceof MarkdownTextObject markdown ? markdown.getText() : null;
    }
}
