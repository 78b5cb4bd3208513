package dev.atelier.core.question;

import dev.atelier.core.message.ThreadRef;
import java.time.Instant;

/**
 * Peer help for one question: whether the asker kept it from peers, and when and where it was
 * offered to the cohort (null until offered; it is offered at most once).
 */
public record PeerHelp(boolean optedOut, Instant offeredAt, ThreadRef thread) {

    public static final PeerHelp ALLOWED = new PeerHelp(false, null, null);
    public static final PeerHelp OPTED_OUT = new PeerHelp(true, null, null);

    public boolean offered() {
        return offeredAt != null;
    }
}
