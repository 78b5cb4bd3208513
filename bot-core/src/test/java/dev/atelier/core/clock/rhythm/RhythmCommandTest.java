package dev.atelier.core.clock.rhythm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.core.community.CommunityRef;
import dev.atelier.core.testing.CoreFlowTest;
import org.bson.Document;
import org.junit.jupiter.api.Test;

/** {@code community rhythm}: shown, set by moderators per community, bad values refused without change. */
class RhythmCommandTest extends CoreFlowTest {

    String as(CommunityRef community, String who, String line) {
        return in(community, who, line).reply().text();
    }

    @Test
    void moderatorsSeeAndSetTheRhythmOfTheirCommunity() {
        assertThat(as(SHOP, "mod", "community rhythm"))
                .contains(
                        "check-in answers within 24 h",
                        "review reminder after 48 h",
                        "question reminder after 24 h",
                        "after 5 idle days or 2 missed");
        assertThat(as(SHOP, "mod", "community rhythm answer:36 review:72 question:12 stall:7 missed:3"))
                .contains("Rhythm set: check-in answers within 36 h · review reminder after 72 h · question reminder "
                        + "after 12 h · at risk after 7 idle days or 3 missed check-ins in a row");
        assertThat(as(SHOP, "mod", "community rhythm stall:4")).contains("within 36 h", "after 4 idle days");
        assertThat(as(OTHER, "mod", "community rhythm")).contains("within 24 h", "after 5 idle days");
    }

    @Test
    void badValuesAndNonModeratorsAreRefusedAndChangeNothing() {
        as(SHOP, "mod", "community rhythm answer:36");
        assertThat(as(SHOP, "mod", "community rhythm answer:0"))
                .contains("`answer` is a number of hours from 1 to 168");
        assertThat(as(SHOP, "mod", "community rhythm answer:200")).contains("from 1 to 168, not 200");
        assertThat(as(SHOP, "mod", "community rhythm review:9999999999999")).contains("`review` is a number of hours");
        assertThat(as(SHOP, "mod", "community rhythm stall:61")).contains("`stall` is a number of days from 1 to 60");
        assertThat(as(SHOP, "mod", "community rhythm missed:0")).contains("`missed` is a number of check-ins");
        assertThat(as(SHOP, "mod", "community rhythm stall:soon")).contains("stall");
        assertThat(as(SHOP, "alice", "community rhythm stall:9")).contains("Only moderators");
        Document stored = atelier.mongo().getCollection("rhythms").find().first();
        assertThat(stored.getLong("answerHours")).isEqualTo(36);
        assertThat(stored.getInteger("stallDays")).isEqualTo(5);
        assertThat(atelier.mongo().getCollection("rhythms").countDocuments()).isEqualTo(1);
    }
}
