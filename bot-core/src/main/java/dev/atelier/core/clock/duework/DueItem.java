package dev.atelier.core.clock.duework;

import dev.atelier.core.community.CommunityRef;
import java.time.Instant;

/**
 * One occasion that falls due at {@code dueAt}: of a {@code kind}, for internship {@code internship},
 * about {@code ref} (a prompt, milestone or question number), on {@code occasion} (a due date, a
 * submission time...), for {@code recipient} (a member id, or empty). The key names the occasion:
 * planning it twice never makes a second item.
 */
public record DueItem(
        String key,
        String kind,
        CommunityRef community,
        long internship,
        long ref,
        String occasion,
        String recipient,
        Instant dueAt) {

    public static DueItem of(
            String kind,
            CommunityRef community,
            long internship,
            long ref,
            String occasion,
            String recipient,
            Instant dueAt) {
        String occ = occasion == null ? "" : occasion;
        String to = recipient == null ? "" : recipient;
        return new DueItem(
                kind + ":" + community.id() + "/" + internship + "/" + ref + "/" + occ + "/" + to,
                kind,
                community,
                internship,
                ref,
                occ,
                to,
                dueAt);
    }

    public DueItem at(Instant newDueAt) {
        return new DueItem(key, kind, community, internship, ref, occasion, recipient, newDueAt);
    }
}
