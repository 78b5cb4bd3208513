package dev.atelier.core.store;

import dev.atelier.core.community.CommunityRef;
import dev.atelier.core.community.Platform;
import dev.atelier.core.message.Destination;
import dev.atelier.core.message.ThreadRef;
import dev.atelier.core.outbox.OutboxItem;

/**
 * Between an outbox item and its storage document: where it goes as a kind ({@code c} a channel,
 * {@code d} a member's DMs) and an id, its message as a {@link MessageDocument}, its living part as a
 * {@link LivingDocument}; an item stored before with the domain's message is read by {@link LegacyMessage}.
 */
final class OutboxItemMapper {

    static final String PENDING = "PENDING";

    private OutboxItemMapper() {}

    static OutboxItemDocument toDocument(OutboxItem i, long seq) {
        CommunityRef c = i.community();
        return new OutboxItemDocument(
                i.id(),
                i.lane(),
                seq,
                c.id(),
                c.platform().name(),
                c.externalId(),
                c.name(),
                i.kind(),
                kindOf(i.to()),
                idOf(i.to()),
                i.thread() == null ? null : i.thread().threadId(),
                i.thread() == null ? null : i.thread().link(),
                kindOf(i.fallback()),
                idOf(i.fallback()),
                MessageMapper.toDocument(i.message()),
                null,
                i.createdAt(),
                i.expiresAt(),
                i.attempts(),
                i.unsure(),
                PENDING,
                null,
                null,
                null,
                null,
                LivingDocument.of(i.living()));
    }

    static OutboxItem toItem(OutboxItemDocument d) {
        return new OutboxItem(
                d.id(),
                new CommunityRef(Platform.valueOf(d.platform()), d.externalId(), d.communityName()),
                d.kind(),
                destination(d.toKind(), d.toId()),
                d.threadId() == null ? null : new ThreadRef(d.toId(), d.threadId(), d.threadLink()),
                destination(d.fallbackKind(), d.fallbackId()),
                d.content() != null ? MessageMapper.toMessage(d.content()) : LegacyMessage.read(d.message()),
                d.createdAt(),
                d.expiresAt(),
                d.attempts(),
                d.unsure(),
                d.living() == null ? null : d.living().toLiving());
    }

    private static String kindOf(Destination d) {
        return d == null ? null : d instanceof Destination.Channel ? "c" : "d";
    }

    private static String idOf(Destination d) {
        if (d == null) {
            return null;
        }
        return d instanceof Destination.Channel c ? c.channelId() : ((Destination.Direct) d).memberId();
    }

    private static Destination destination(String kind, String id) {
        if (kind == null) {
            return null;
        }
        return "c".equals(kind) ? new Destination.Channel(id) : new Destination.Direct(id);
    }
}
