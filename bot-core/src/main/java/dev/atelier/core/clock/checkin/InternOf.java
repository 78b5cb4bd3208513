package dev.atelier.core.clock.checkin;

import dev.atelier.core.internship.Internship;
import dev.atelier.core.internship.InternshipStatus;
import dev.atelier.core.internship.InternshipStore;
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
                    .orElseThrow(() -> new Rejected("There is no internship #" + number + " here. See `status`."));
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
            throw new Rejected("You intern in several internships: add `internship:<number>`.");
        }
        return mine.get(0);
    }
}
