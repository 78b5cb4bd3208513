package dev.atelier.slack;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Over HTTP with signed payloads: {@code /atelier cohort} without a subcommand, and {@code /atelier help
 * cohort}, list a member only the subcommands members run, written as typed on Slack; an admin gets them all.
 */
class RoleFilteredChoicesHttpTest extends SlackHttpTestBase {

    @Test
    void aMemberIsListedOnlyWhatMembersRunAndAnAdminEverything() {
        // given a member and a workspace admin
        slack.admin("U0CHOICEADMIN");

        // when each gives /atelier cohort without a subcommand
        String member = command("U0CHOICE", "mia", "C0GENERAL", "cohort").param("blocks");
        String admin = command("U0CHOICEADMIN", "ada", "C0GENERAL", "cohort").param("blocks");

        // then the member sees the members' subcommands as Slack commands, and none of the moderators'
        assertThat(member).contains("/atelier cohort join").doesNotContain("cohort create", "cohort split");
        assertThat(admin).contains("/atelier cohort join", "/atelier cohort create", "/atelier cohort split");

        // and a moderators' command tells the member who runs it, listing nothing
        String task = command("U0CHOICE", "mia", "C0GENERAL", "task").param("blocks");
        assertThat(task).contains("Only moderators can run").doesNotContain("task add");

        // and help on cohort leaves out for the member what only moderators run
        String help = command("U0CHOICE", "mia", "C0GENERAL", "help cohort").param("blocks");
        assertThat(help).contains("/atelier cohort join").doesNotContain("cohort create");
    }
}
