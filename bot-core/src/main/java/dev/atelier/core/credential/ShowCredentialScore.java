package dev.atelier.core.credential;

import dev.atelier.core.internship.Internship;
import dev.atelier.core.internship.InternshipAccess;
import dev.atelier.core.internship.InternshipStore;
import dev.atelier.core.message.Message;
import dev.atelier.core.message.Outcome;
import dev.atelier.core.message.Text;
import dev.atelier.core.shared.Rejected;
import dev.atelier.core.shared.Requester;
import java.time.Clock;
import java.util.Locale;

/**
 * {@code credential score <credential> show|hide}: the intern who holds a credential chooses whether
 * its public page shows the mentor's final score (hidden until they choose). The signed credential
 * never carries the score, so the choice needs no re-issue.
 */
public final class ShowCredentialScore {

    private final InternshipStore internships;
    private final InternshipAccess access;
    private final CredentialLinks links;
    private final Clock clock;

    public ShowCredentialScore(
            InternshipStore internships, InternshipAccess access, CredentialLinks links, Clock clock) {
        this.internships = internships;
        this.access = access;
        this.links = links;
        this.clock = clock;
    }

    public Outcome execute(Requester requester, String credential, String choice) {
        String id = CredentialLinks.idIn(credential)
                .orElseThrow(() -> new Rejected(Text.builder()
                        .user(credential)
                        .plain(" is not a credential id or link.")
                        .build()));
        boolean show = switch (choice == null ? "" : choice.strip().toLowerCase(Locale.ROOT)) {
            case "show" -> true;
            case "hide" -> false;
            default -> throw new Rejected(ShowOrHide.ASK);
        };
        Internship internship = internships
                .findByCredential(id)
                .filter(i -> i.data().communityId().equals(requester.communityId()))
                .orElseThrow(() -> new Rejected("No credential " + id + " was issued in this community."));
        internship = access.internship(requester, internship.number());
        internship.afterCompletion().showScore(requester, show, clock.instant());
        access.save(internship);
        return Outcome.reply(Message.privateReply(Text.builder()
                .plain(
                        show
                                ? "👁️ The page of your credential now shows the mentor's score: "
                                : "🙈 The page of your credential no longer shows the mentor's score: ")
                .link(links.credential(id), "your credential")
                .plain(".")
                .build()));
    }
}
