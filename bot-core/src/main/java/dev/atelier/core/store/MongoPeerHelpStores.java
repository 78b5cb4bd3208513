package dev.atelier.core.store;

import dev.atelier.core.peerhelp.PeerHelpQueue;
import org.springframework.data.mongodb.core.MongoTemplate;

/** The store behind the peer-help round: the list of questions that may still be offered, by hour asked. */
public final class MongoPeerHelpStores {

    private MongoPeerHelpStores() {}

    public static PeerHelpQueue queue(MongoTemplate mongo) {
        return new MongoPeerHelpQueue(mongo);
    }
}
