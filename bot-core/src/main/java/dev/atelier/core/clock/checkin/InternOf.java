package dev.atelier.core.clock.checkin;

import dev.atelier.core.internship.Internship;
import dev.atelier.core.internship.InternshipStatus;
import dev.atelier.core.internship.InternshipStore;
import dev.atelier.core.message.CommandHint;
import dev.atelier.core.message.Text;
import dev.atelier.core.shared.Rejected;
import dev.atelier.core.shared.Requester;
import java.util.List;

/** The active internship whose check-ins the requester, its intern, answers or schedules. */
final class InternOf {

    private final InternshipStore internships;

    InternOf(InternshipStore internships) {
        this.internships = internships;
    }

    Internship find(Requester r, Long number) {
        if (number != null) {
            Internship i = internships
                    .find(r.communityId(), number)
                    .orElseThrow(() -> new Rejected(Text.builder()
                            .plain("There is no internship #" + number + " here. See ")
                            .command(CommandHint.of("status"))
                            .plain(".")
                            .build()));
            if (!i.isIntern(r)) {
                throw new Rejected("Only the intern of internship #" + number + " checks in for it.");
            }
            if (i.status() != InternshipStatus.ACTIVE) {
                throw new Rejected("Internship #" + number + " is not active, so it has no check-ins.");
            }
            return i;
        }
        List<Internship> mine = internships.findByMember(r.communityId(), r.memberId()).stream()
                .filter(i -> i.isIntern(r) && i.status() == InternshipStatus.ACTIVE)
                .toList();
        if (mine.isEmpty()) {
            throw new Rejected("You are not the intern of an active internship, so you have no check-ins.");
        }
        if (mine.size() > 1) {
            throw new Rejected(Text.builder()
                    .plain("You intern in several internships: add ")
                    .code("internship:<number>")
                    .plain(".")
                    .build());
        }
        return mine.get(0);
    }
}
