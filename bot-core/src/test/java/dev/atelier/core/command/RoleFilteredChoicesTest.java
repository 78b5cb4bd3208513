package dev.atelier.core.command;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.core.message.Message;
import dev.atelier.core.message.Span;
import dev.atelier.core.testing.CoreFlowTest;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A command given without its subcommand (or with one it lacks), and {@code help <command>}, list only the
 * subcommands the person may run: a member is not shown moderators' subcommands, a moderator sees them all.
 */
class RoleFilteredChoicesTest extends CoreFlowTest {

    @Test
    void aMemberIsListedOnlyTheSubcommandsMembersRun() {
        // when a member gives cohort without a subcommand, and with one it lacks
        for (String line : List.of("cohort", "cohort frobnicate")) {
            Message refused = as("alice", line).reply();

            // then the refusal lists what members run, and none of the moderators' subcommands
            assertThat(commands(refused)).as(line).contains("cohort join", "cohort leave", "cohort members");
            assertThat(commands(refused)).as(line).doesNotContain("cohort create", "cohort close", "cohort split");
        }
    }

    @Test
    void aModeratorIsListedEverySubcommand() {
        // when a moderator gives cohort without a subcommand
        Message refused = as("mod", "cohort").reply();

        // then every subcommand is listed, the moderators' too
        assertThat(commands(refused)).contains("cohort join", "cohort create", "cohort close", "cohort split");
    }

    @Test
    void aCommandOnlyModeratorsRunTellsAMemberSoInsteadOfListingIt() {
        // when a member gives task, all of whose subcommands are the moderators'
        Message refused = as("alice", "task").reply();

        // then nothing is listed and the member is told who runs it
        assertThat(commands(refused)).isEmpty();
        assertThat(refused.plainText()).contains("Only moderators can run task commands");
    }

    @Test
    void helpOnACommandShowsAMemberOnlyWhatMembersRun() {
        // when a member and a moderator ask for help on cohort
        Message member = as("alice", "help cohort").reply();
        Message moderator = as("mod", "help cohort").reply();

        // then the member's help leaves out the moderators' subcommands; the moderator's has them
        assertThat(commands(member)).contains("cohort join").doesNotContain("cohort create", "cohort approve");
        assertThat(member.plainText()).doesNotContain("cohort create", "cohort split");
        assertThat(commands(moderator)).contains("cohort join", "cohort create", "cohort approve");

        // and help on a moderators' command tells a member who runs it
        assertThat(as("alice", "help task add").reply().plainText()).contains("Only moderators can run", "task add");
    }

    /** The commands a message names, as hints. */
    private static List<String> commands(Message message) {
        List<Span> spans = new java.util.ArrayList<>(message.body().spans());
        message.fields().forEach(f -> spans.addAll(f.value().spans()));
        return spans.stream()
                .filter(Span.Command.class::isInstance)
                .map(s -> ((Span.Command) s).hint().path())
                .toList();
    }
}
