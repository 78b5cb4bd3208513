package dev.atelier.core.pairing;

import dev.atelier.core.matching.Proposal;
import dev.atelier.core.message.Destination;
import dev.atelier.core.message.Living;
import dev.atelier.core.message.Message;
import dev.atelier.core.message.Notification;
import dev.atelier.core.message.Text;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * A pairing invitation is a living message in each side's DMs: once answered it shows the answer
 * (accepted, waiting for the other side; accepted by both; declined) and loses Accept and Decline.
 */
final class Invitations {

    private Invitations() {}

    /**
     * The key of the invitation {@code member} received for the pair (one per cohort, pair and side): a
     * digest, so the stored reference names nobody.
     */
    static String key(String cohort, Proposal.Pair p, String member) {
        String plain = cohort + "\n" + p.internId() + "\n" + p.mentorId() + "\n" + member;
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(plain.getBytes(StandardCharsets.UTF_8));
            return "pair:" + HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing", e);
        }
    }

    /** {@code member}'s invitation, updated to say {@code state} and without its buttons. */
    static Notification answered(String cohort, Proposal.Pair p, String member, Text state) {
        Message asked = AskPairs.invitation(cohort, p, member);
        Message shown = asked.withBody(
                        state.append(Text.builder().line().text(asked.body()).build()))
                .withButtons(List.of());
        return Notification.edit(Destination.direct(member), Living.edit(key(cohort, p, member)), shown);
    }
}
