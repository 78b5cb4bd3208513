package dev.atelier.core.pairing;

import dev.atelier.core.matching.Proposal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * The last previewed (and possibly hand-edited) pairs of a cohort, waiting for confirmation. When
 * the pairs are asked to accept, {@code asked} holds the interns whose pairs were asked,
 * {@code accepted} the members who accepted, and {@code declined} the pairs
 * ({@code internId|mentorId}) declined, which are never proposed again from this plan.
 */
public record PairingPlan(
        String communityId,
        String cohortName,
        List<Proposal.Pair> pairs,
        List<Proposal.LeftOut> leftOut,
        List<String> alreadyPaired,
        List<String> asked,
        List<String> accepted,
        List<String> declined,
        Instant createdAt,
        Long version) {

    public PairingPlan {
        pairs = List.copyOf(pairs);
        leftOut = List.copyOf(leftOut);
        alreadyPaired = List.copyOf(alreadyPaired);
        asked = List.copyOf(asked);
        accepted = List.copyOf(accepted);
        declined = List.copyOf(declined);
    }

    public static PairingPlan empty(String communityId, String cohortName, Instant now) {
        return new PairingPlan(
                communityId, cohortName, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), now, null);
    }

    public PairingPlan withPairs(List<Proposal.Pair> newPairs, List<Proposal.LeftOut> newLeftOut) {
        return new PairingPlan(
                communityId,
                cohortName,
                newPairs,
                newLeftOut,
                alreadyPaired,
                asked,
                accepted,
                declined,
                createdAt,
                version);
    }

    public PairingPlan withAlreadyPaired(List<String> ids, Instant now) {
        return new PairingPlan(communityId, cohortName, pairs, leftOut, ids, asked, accepted, declined, now, version);
    }

    public PairingPlan withAnswers(List<String> newAsked, List<String> newAccepted, List<String> newDeclined) {
        return new PairingPlan(
                communityId,
                cohortName,
                pairs,
                leftOut,
                alreadyPaired,
                newAsked,
                newAccepted,
                newDeclined,
                createdAt,
                version);
    }

    /**
     * Who is paired with whom on which task, as eight hex digits: what a preview's Confirm button carries, so
     * that it confirms the pairs it showed and nothing else.
     */
    public String fingerprint() {
        StringBuilder all = new StringBuilder();
        pairs.forEach(p -> all.append(p.internId())
                .append('|')
                .append(p.mentorId())
                .append('|')
                .append(p.taskNumber())
                .append('\n'));
        try {
            byte[] digest =
                    MessageDigest.getInstance("SHA-256").digest(all.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    static <T> List<T> plus(List<T> list, T item) {
        List<T> next = new ArrayList<>(list);
        if (!next.contains(item)) {
            next.add(item);
        }
        return next;
    }
}
