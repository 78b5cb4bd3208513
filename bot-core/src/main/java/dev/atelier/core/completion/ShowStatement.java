package dev.atelier.core.completion;

import dev.atelier.core.credential.CredentialLinks;
import dev.atelier.core.internship.Internship;
import dev.atelier.core.internship.InternshipAccess;
import dev.atelier.core.internship.InternshipStatus;
import dev.atelier.core.internship.MentorshipRating;
import dev.atelier.core.internship.Views;
import dev.atelier.core.message.Field;
import dev.atelier.core.message.Message;
import dev.atelier.core.message.Outcome;
import dev.atelier.core.message.Text;
import dev.atelier.core.shared.Rejected;
import dev.atelier.core.shared.Requester;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** {@code internship statement <n>}: the final review, hours, pay and credential; moderators also see the rating. */
public final class ShowStatement {

    private final InternshipAccess access;
    private final CredentialLinks links;

    public ShowStatement(InternshipAccess access, CredentialLinks links) {
        this.access = access;
        this.links = links;
    }

    public Outcome execute(Requester requester, long number) {
        Internship i = access.internship(requester, number);
        if (i.status() != InternshipStatus.COMPLETED) {
            throw new Rejected("Internship #" + number + " is "
                    + i.status().name().toLowerCase(Locale.ROOT) + "; a statement " + "exists once it is completed.");
        }
        String link = i.completion().credential() == null
                ? null
                : links.credential(i.completion().credential().id());
        List<Field> fields = new ArrayList<>(Statements.fields(i, link));
        if (i.completion().credential() != null && i.completion().credential().revoked()) {
            fields.add(Field.wide(
                    "Credential revoked", Text.user(i.completion().credential().revokedReason())));
        }
        MentorshipRating rating = i.completion().rating();
        if (requester.moderator()) {
            fields.add(Field.wide(
                    "Intern's rating of the mentorship (moderators only)",
                    rating == null
                            ? Text.of("not yet")
                            : Text.builder()
                                    .plain(rating.rating() + "/5")
                                    .plain(rating.comment() == null ? "" : " — ")
                                    .user(rating.comment())
                                    .build()));
        }
        return Outcome.reply(Message.privateReply(Text.of("Statement of internship #" + i.number() + "."))
                .withTitle(Views.title(i))
                .withFields(fields));
    }
}
