package dev.atelier.core.internship;

import dev.atelier.core.message.CommandHint;
import dev.atelier.core.message.Text;
import dev.atelier.core.shared.Rejected;
import dev.atelier.core.shared.Requester;
import java.util.List;

/**
 * Loads internships for a requester, always within their community: an id from another community
 * is simply not found, and an internship the requester is not part of is refused.
 */
public final class InternshipAccess {

    private final InternshipStore store;

    public InternshipAccess(InternshipStore store) {
        this.store = store;
    }

    public Internship internship(Requester requester, long number) {
        Internship internship = store.find(requester.communityId(), number)
                .orElseThrow(() -> new Rejected(Text.builder()
                        .plain("There is no internship #" + number + " here. ")
                        .command(CommandHint.of("status"))
                        .plain(" lists yours.")
                        .build()));
        return visible(requester, internship);
    }

    public Internship byMilestone(Requester requester, long milestone) {
        Internship internship = store.findByMilestone(requester.communityId(), milestone)
                .orElseThrow(() -> new Rejected(Text.builder()
                        .plain("There is no milestone " + milestone + " here. ")
                        .command(CommandHint.of("milestone list"))
                        .plain(" " + "shows the milestones of your internships.")
                        .build()));
        return visible(requester, internship);
    }

    /** The requester's active internships as intern. */
    public List<Internship> interning(Requester requester) {
        return store.findByMember(requester.communityId(), requester.memberId()).stream()
                .filter(i -> i.isIntern(requester) && i.status() == InternshipStatus.ACTIVE)
                .toList();
    }

    public Internship save(Internship internship) {
        return store.save(internship);
    }

    private static Internship visible(Requester requester, Internship internship) {
        if (!internship.visibleTo(requester)) {
            throw new Rejected("Internship #" + internship.number() + " is not one of yours; only its intern, its "
                    + "mentor and moderators can see or change it.");
        }
        return internship;
    }
}
