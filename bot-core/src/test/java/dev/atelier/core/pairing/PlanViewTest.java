package dev.atelier.core.pairing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.core.matching.Proposal;
import dev.atelier.core.message.Message;
import dev.atelier.core.message.Text;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlanViewTest {

    @Test
    void aLargePlanFitsThePlatformLimitsAndSaysHowManyAreNotShown() {
        List<Proposal.Pair> pairs = new ArrayList<>();
        List<Proposal.LeftOut> out = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            pairs.add(new Proposal.Pair(
                    "U" + i,
                    "intern" + i,
                    "M" + i,
                    "mentor" + i,
                    0,
                    null,
                    40,
                    "Rails, sql and testing in common; 5 h overlap"));
            out.add(new Proposal.LeftOut("V" + i, "v" + i, "intern", "all suitable mentors are full (bob)"));
        }
        PairingPlan plan = PairingPlan.empty("c", "big", Instant.EPOCH).withPairs(pairs, out);
        Message message = PlanView.of(plan, Text.of("lead"));
        assertThat(message.fields())
                .allSatisfy(f -> assertThat(f.value().markup().length()).isLessThanOrEqualTo(1024));
        assertThat(message.fields().stream()
                                .mapToInt(f ->
                                        f.name().length() + f.value().markup().length())
                                .sum()
                        + message.text().length()
                        + message.title().length())
                .isLessThan(6000);
        String all = String.join(
                "\n", message.fields().stream().map(f -> f.value().markup()).toList());
        assertThat(all).containsPattern("… and \\d+ more not shown here");
        assertThat(message.fields().get(0).name()).isEqualTo("Pairs (300)");
    }
}
