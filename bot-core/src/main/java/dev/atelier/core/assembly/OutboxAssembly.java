package dev.atelier.core.assembly;

import dev.atelier.core.community.CommunityStore;
import dev.atelier.core.outbox.OutboxDelivery;
import dev.atelier.core.outbox.OutboxSettings;
import dev.atelier.core.outbox.Pacer;
import dev.atelier.core.store.MongoOutbox;
import dev.atelier.core.workspace.Outbound;
import java.time.Clock;
import java.util.List;
import org.springframework.data.mongodb.core.MongoTemplate;

/** Puts the outbox between the core and the platforms: notifications and thread posts go through it. */
final class OutboxAssembly {

    private OutboxAssembly() {}

    static OutboxDelivery attach(
            MongoTemplate mongo,
            Outbound outbound,
            Clock clock,
            CommunityStore communities,
            OutboxSettings settings,
            Pacer platformPacer) {
        OutboxDelivery delivery = new OutboxDelivery(
                MongoOutbox.create(mongo),
                outbound.couriers(),
                clock,
                settings,
                platformPacer,
                ref -> List.copyOf(communities.ensure(ref).moderatorIds()));
        outbound.deliverThrough(delivery);
        return delivery;
    }
}
