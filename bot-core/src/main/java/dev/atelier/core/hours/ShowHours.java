package dev.atelier.core.hours;

import dev.atelier.core.community.Member;
import dev.atelier.core.internship.Internship;
import dev.atelier.core.internship.InternshipAccess;
import dev.atelier.core.internship.InternshipStore;
import dev.atelier.core.message.Message;
import dev.atelier.core.message.Outcome;
import dev.atelier.core.message.Text;
import dev.atelier.core.shared.Rejected;
import dev.atelier.core.shared.Requester;

/**
 * {@code hours list [internship] [member]}: one internship's entries with totals per person, or a
 * person's totals in every internship (their own; moderators may ask for anyone's).
 */
public final class ShowHours {

    private final InternshipStore store;
    private final InternshipAccess access;

    public ShowHours(InternshipStore store, InternshipAccess access) {
        this.store = store;
        this.access = access;
    }

    /** With a number, that internship; otherwise the totals of {@code member} (moderators) or of the requester. */
    public Outcome execute(Requester requester, Long number, Member member) {
        if (number != null) {
            return Outcome.reply(one(access.internship(requester, number)));
        }
        Member who = member == null ? requester.member() : member;
        if (!who.id().equals(requester.memberId()) && !requester.moderator()) {
            throw new Rejected(
                    Text.of("Only moderators see another member's hours; ").append(HoursReplies.seeYours()));
        }
        return Outcome.reply(HoursReplies.totals(who, store.findByMember(requester.communityId(), who.id())));
    }

    private static Message one(Internship i) {
        return HoursReplies.of(i);
    }
}
