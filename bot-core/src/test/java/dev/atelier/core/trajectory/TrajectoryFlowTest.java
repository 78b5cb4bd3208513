package dev.atelier.core.trajectory;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.core.message.Outcome;
import dev.atelier.core.testing.CoreFlowTest;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A completed level-1 internship scored 8 opens a level-2 task: matching, preview, home and portfolio say so. */
class TrajectoryFlowTest extends CoreFlowTest {

    static String all(Outcome o) {
        return o.reply().text() + "\n"
                + o.reply().fields().stream()
                        .map(f -> f.name() + ": " + f.value().markup())
                        .collect(Collectors.joining("\n"));
    }

    @BeforeEach
    void start() {
        as("mod", "cohort create spring-2026 #interns");
        as("mod", "task add \"Shop checkout\" \"Add a checkout\" \"400 USD\" 40 \"java\"");
        as("mod", "task add \"Reports\" \"Add reports\" \"300 USD\" 20 \"java\"");
        as("mod", "cohort task spring-2026 1 1");
        as("mod", "internship start @alice @bob 1 spring-2026");
        as("bob", "milestone add 1 \"Checkout page\" \"Pays\"");
        as("alice", "submit 1 https://example.org/pr/1");
        as("bob", "review 1 approve");
        as("bob", "internship complete 1 8 \"java\" \"tests\" \"Alice delivered\"");
    }

    @Test
    void aLevelTwoTaskGoesOnlyToAnInternWhosePortfolioMeetsItAndSaysWhy() {
        assertThat(as("mod", "cohort task spring-2026 2 2 \"soon\"").reply().text())
                .contains("1 level-1 score 7");
        assertThat(as("mod", "cohort task spring-2026 2 2 \"1 level-1 score 7\"")
                        .reply()
                        .text())
                .contains("requires 1 completed level-1 internship with a score of 7 or more");
        as("dan", "profile set expertise:java capacity:1");
        as("bob", "profile set expertise:java capacity:1");
        as("alice", "profile set learning:java");
        as("ben", "profile set learning:java");
        as("alice", "cohort join spring-2026 intern");
        as("ben", "cohort join spring-2026 intern");
        as("bob", "cohort join spring-2026 mentor");
        as("dan", "cohort join spring-2026 mentor");
        String preview = all(as("mod", "pair preview spring-2026"));
        assertThat(preview)
                .contains("task #2 requires 1 completed level-1 internship with a score of 7 or more, "
                        + "which the intern's portfolio has (#1 Shop checkout (level 1, 8/10))");
        assertThat(preview).containsPattern("@alice[^\\n]*@dan[^\\n]*#2").containsPattern("@ben[^\\n]*@bob[^\\n]*#1");

        assertThat(as("alice", "home").reply().fields())
                .extracting(f -> f.value().markup())
                .anySatisfy(v -> assertThat(v)
                        .contains(
                                "Earned: #1 Shop checkout (level 1, 8/10)",
                                "Opens: task #2 Reports (level 2) in spring-2026"));
        assertThat(all(as("alice", "portfolio")))
                .contains(
                        "Earned: #1 Shop checkout (level 1, 8/10)", "Opens: task #2 Reports (level 2) in spring-2026");
        assertThat(all(as("ben", "portfolio"))).contains("no completed micro-internship");
    }
}
