package dev.atelier.core.rights;

import dev.atelier.core.dashboard.LoginTokens;
import dev.atelier.core.message.FileAttachment;
import dev.atelier.core.message.Message;
import dev.atelier.core.message.Outcome;
import dev.atelier.core.message.Text;
import dev.atelier.core.shared.Requester;
import dev.atelier.core.workspace.Outbound;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * {@code mydata}: everything stored about the caller in this community, as a JSON file in their DMs.
 * Where files cannot be sent (the console, closed DMs), a one-time download link instead, designed
 * like the dashboard's login links: a random token, only its SHA-256 stored, short expiry.
 */
public final class ExportMyData {

    public static final Duration LINK_VALID_FOR = Duration.ofMinutes(15);

    private final MemberExport export;
    private final DataLinkStore links;
    private final Outbound outbound;
    private final String publicUrl;
    private final Clock clock;

    public ExportMyData(MemberExport export, DataLinkStore links, Outbound outbound, String publicUrl, Clock clock) {
        this.export = export;
        this.links = links;
        this.outbound = outbound;
        this.publicUrl = publicUrl.replaceAll("/+$", "");
        this.clock = clock;
    }

    public Outcome execute(Requester requester) {
        Instant now = clock.instant();
        FileAttachment file =
                export.file(requester.communityId(), requester.community().name(), requester.memberId(), now);
        Message withFile = Message.privateReply(Text.builder()
                .plain("📦 Your data in " + requester.community().name()
                        + ": everything Atelier stores about you here, as JSON. ")
                .command("forget me")
                .plain(" erases it.")
                .build());
        if (outbound.sendFile(requester.community(), requester.memberId(), withFile, file)) {
            return Outcome.reply(
                    Message.privateReply(Text.of("📦 I sent your data to your direct messages as a file.")));
        }
        String token = LoginTokens.fresh();
        links.insert(
                LoginTokens.hash(token),
                new DataLink(requester.communityId(), requester.memberId(), now, now.plus(LINK_VALID_FOR)));
        return Outcome.reply(Message.privateReply(Text.builder()
                .plain("📦 ")
                .link(publicUrl + "/mydata/" + token, "Download your data")
                .plain(" (works once, for " + LINK_VALID_FOR.toMinutes() + " minutes; do not share it).")
                .build()));
    }
}
