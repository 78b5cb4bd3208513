package dev.atelier.core.testing;

import dev.atelier.core.peerhelp.PeerHelpQueue;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;

/** A peer-help list that counts the entries its pages hand to a round (tests and the round's trace harness). */
public final class CountingPeerHelpQueue implements PeerHelpQueue {

    private final PeerHelpQueue queue;
    private final LongAdder read = new LongAdder();

    public CountingPeerHelpQueue(PeerHelpQueue queue) {
        this.queue = queue;
    }

    /** The entries handed to rounds since this list was made or last {@link #reset()}. */
    public long read() {
        return read.sum();
    }

    public void reset() {
        read.reset();
    }

    @Override
    public void forEachPage(Instant fromHour, Instant toHour, Consumer<List<Listed>> page) {
        queue.forEachPage(fromHour, toHour, listed -> {
            read.add(listed.size());
            page.accept(listed);
        });
    }

    @Override
    public void drop(Collection<Listed> listed) {
        queue.drop(listed);
    }

    @Override
    public void park(Collection<Listed> listed) {
        queue.park(listed);
    }

    @Override
    public void unpark(String communityId, Instant fromHour, Instant toHour) {
        queue.unpark(communityId, fromHour, toHour);
    }

    @Override
    public void forgetBefore(Instant hour) {
        queue.forgetBefore(hour);
    }
}
