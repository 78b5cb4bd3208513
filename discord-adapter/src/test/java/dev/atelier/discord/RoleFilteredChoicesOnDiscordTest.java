package dev.atelier.discord;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Through the real JDA client and the stand-in: {@code /help command:cohort} lists a member only the
 * subcommands members run, as Discord slash commands; a moderator gets them all. (Discord itself makes
 * every slash command name its subcommand, so help is where the list shows there.)
 */
class RoleFilteredChoicesOnDiscordTest extends StandInFlowTest {

    @Test
    void helpOnACommandListsAMemberOnlyWhatMembersRun() {
        // when a member and a moderator ask for help on cohort
        String member = slash(INTERN, "help", null, Map.of("command", "cohort")).text();
        String moderator =
                slash(MODERATOR, "help", null, Map.of("command", "cohort")).text();

        // then the member's list leaves out the moderators' subcommands; the moderator's has them
        assertThat(member).contains("/cohort join").doesNotContain("cohort create", "cohort split");
        assertThat(moderator).contains("/cohort join", "/cohort create", "/cohort split");

        // and help on a moderators' command tells the member who runs it
        assertThat(slash(INTERN, "help", null, Map.of("command", "task add")).text())
                .contains("Only moderators can run")
                .doesNotContain("/task add");
    }
}
