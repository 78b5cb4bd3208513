package dev.atelier.core.rights;

import dev.atelier.core.dashboard.LoginTokens;
import dev.atelier.core.message.FileAttachment;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Opens a data-export link for the application's download page: {@link #check} tells whether it
 * still works without using it (link previews fetch links), {@link #redeem} uses it once and builds
 * the export at that moment (nothing of it is stored in advance).
 */
public final class DataDownloads {

    private final DataLinkStore links;
    private final MemberExport export;
    private final Clock clock;

    public DataDownloads(DataLinkStore links, MemberExport export, Clock clock) {
        this.links = links;
        this.export = export;
        this.clock = clock;
    }

    public boolean check(String token) {
        return LoginTokens.wellFormed(token)
                && links.peek(LoginTokens.hash(token), clock.instant()).isPresent();
    }

    /** The export, or empty when the token is unknown, used or expired. */
    public Optional<FileAttachment> redeem(String token) {
        if (!LoginTokens.wellFormed(token)) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return links.redeem(LoginTokens.hash(token), now)
                .map(link -> export.file(link.communityId(), null, link.memberId(), now));
    }
}
