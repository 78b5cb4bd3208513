package dev.atelier.core.portfolio;

import dev.atelier.core.credential.CredentialLinks;
import dev.atelier.core.internship.Completion;
import dev.atelier.core.internship.Internship;
import dev.atelier.core.internship.InternshipStatus;
import dev.atelier.core.internship.InternshipStore;
import java.time.ZoneOffset;
import java.util.List;

/**
 * A member's record in one community: the internships they completed as intern with a credential
 * that is not revoked, newest first. What a profile shows and what matching may weigh.
 */
public final class Portfolio {

    private final InternshipStore internships;
    private final CredentialLinks links;

    public Portfolio(InternshipStore internships, CredentialLinks links) {
        this.internships = internships;
        this.links = links;
    }

    public List<PortfolioEntry> of(String communityId, String memberId) {
        return internships.findByMember(communityId, memberId).stream()
                .filter(i -> i.data().intern().id().equals(memberId) && i.status() == InternshipStatus.COMPLETED)
                .filter(i -> i.completion().credential() != null
                        && !i.completion().credential().revoked()
                        && i.completion().review() != null)
                .map(this::entry)
                .toList();
    }

    private PortfolioEntry entry(Internship i) {
        Completion c = i.completion();
        return new PortfolioEntry(
                i.number(),
                i.data().taskTitle(),
                i.data().cohortName(),
                c.review().at().atOffset(ZoneOffset.UTC).toLocalDate(),
                c.review().score(),
                c.review().skills(),
                i.minutesOf(i.data().intern().id()),
                i.data().mentor().name(),
                links.credential(c.credential().id()));
    }
}
