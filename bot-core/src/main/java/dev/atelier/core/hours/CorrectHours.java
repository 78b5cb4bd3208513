package dev.atelier.core.hours;

import dev.atelier.core.internship.HoursEntry;
import dev.atelier.core.internship.Internship;
import dev.atelier.core.internship.InternshipAccess;
import dev.atelier.core.internship.InternshipStore;
import dev.atelier.core.message.Outcome;
import dev.atelier.core.message.Text;
import dev.atelier.core.pay.Hours;
import dev.atelier.core.shared.Rejected;
import dev.atelier.core.shared.Requester;
import java.time.Clock;

/** {@code hours fix <entry> <hours> [note]} and {@code hours remove <entry>}: by who logged it, or a moderator. */
public final class CorrectHours {

    private final InternshipStore store;
    private final InternshipAccess access;
    private final Clock clock;

    public CorrectHours(InternshipStore store, InternshipAccess access, Clock clock) {
        this.store = store;
        this.access = access;
        this.clock = clock;
    }

    public Outcome fix(Requester requester, long entry, String hours, String note) {
        int minutes = Hours.parse(hours);
        Internship internship = holder(requester, entry);
        HoursEntry fixed = internship.hoursLog().correct(requester, entry, minutes, note, clock.instant());
        access.save(internship);
        return Outcome.reply(HoursReplies.fixed(entry, fixed));
    }

    public Outcome remove(Requester requester, long entry) {
        Internship internship = holder(requester, entry);
        HoursEntry removed = internship.hoursLog().correct(requester, entry, 0, null, clock.instant());
        access.save(internship);
        return Outcome.reply(HoursReplies.removed(entry, removed));
    }

    /** Whether {@code requester} may correct entry {@code entry} now, before a form asks for the right hours. */
    public void check(Requester requester, long entry) {
        holder(requester, entry).hoursLog().requireCorrectable(requester, entry);
    }

    private Internship holder(Requester requester, long entry) {
        Internship found = store.findByHoursEntry(requester.communityId(), entry)
                .orElseThrow(() -> new Rejected(
                        Text.of("There is no hours entry " + entry + " here: it was removed, or never logged. ")
                                .append(HoursReplies.seeYours())));
        return access.internship(requester, found.number());
    }
}
