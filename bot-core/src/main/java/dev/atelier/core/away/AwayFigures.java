package dev.atelier.core.away;

import dev.atelier.core.community.Member;
import dev.atelier.core.internship.Internship;
import dev.atelier.core.internship.InternshipFigures;
import dev.atelier.core.internship.InternshipStatus;
import dev.atelier.core.message.Text;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/** Adds "🏖️ … is away until …" to an active internship's line in {@code status}, for each of the pair away. */
public final class AwayFigures implements InternshipFigures {

    private final Availability availability;
    private final Clock clock;

    public AwayFigures(Availability availability, Clock clock) {
        this.availability = availability;
        this.clock = clock;
    }

    @Override
    public List<Text> linesFor(String communityId, Internship internship) {
        List<Text> lines = new ArrayList<>();
        if (internship.status() != InternshipStatus.ACTIVE) {
            return lines;
        }
        for (Member m : List.of(internship.data().intern(), internship.data().mentor())) {
            availability
                    .awayUntil(communityId, m.id(), clock.instant())
                    .ifPresent(d -> lines.add(Text.builder()
                            .plain("🏖️ ")
                            .quiet(m)
                            .plain(" is away until " + d)
                            .build()));
        }
        return lines;
    }
}
