package dev.atelier.core.appeal;

import dev.atelier.core.credential.IssueCredential;
import dev.atelier.core.credential.RevokeCredential;
import dev.atelier.core.internship.InternshipAccess;
import dev.atelier.core.internship.InternshipStore;
import dev.atelier.core.moderation.ModeratorNotices;
import java.time.Clock;

/** The appeal use cases, built together: filing (the intern) and deciding (the moderators, a second reviewer). */
public record Appeals(FileAppeal file, DecideAppeal decide) {

    public static Appeals create(
            InternshipStore internships,
            AppealStore appeals,
            ModeratorNotices notices,
            RevokeCredential revoke,
            IssueCredential issue,
            Clock clock) {
        Moderators moderators = new Moderators(notices);
        return new Appeals(
                new FileAppeal(new InternshipAccess(internships), appeals, moderators, clock),
                new DecideAppeal(
                        internships, appeals, moderators, new InternshipChange(internships, revoke, issue), clock));
    }
}
