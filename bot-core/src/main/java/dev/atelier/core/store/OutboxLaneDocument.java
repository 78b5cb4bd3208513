package dev.atelier.core.store;

import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One lane of the outbox (a channel or a member's DMs of one community): the last sequence number
 * given to an item, when it is due again, who holds
 * it until when (the epoch while free), its pace bucket ({@code tokens} at {@code tokensAt}), and the
 * items waiting in it ({@code waiting}: sequence number and item id, in sequence order), so its pending
 * items are found by {@code _id}.
 */
@Document("outbox_lanes")
record OutboxLaneDocument(
        @Id String id,
        long seq,
        Instant nextAttemptAt,
        String claimedBy,
        Instant leaseUntil,
        Double tokens,
        Instant tokensAt,
        List<Waiting> waiting) {

    /** An item written to the lane and not finished yet: its place in the lane and its id. */
    record Waiting(long seq, String item) {}
}
