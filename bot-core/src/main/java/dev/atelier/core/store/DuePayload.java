package dev.atelier.core.store;

import dev.atelier.core.clock.duework.DueItem;
import dev.atelier.core.community.CommunityRef;
import dev.atelier.core.community.Platform;
import java.util.Date;
import java.util.List;
import org.bson.Document;

/** How a due item is written: its entry in {@code due_work} and its payload in a segment of its bucket. */
final class DuePayload {

    private DuePayload() {}

    /** The entry that makes an occasion key unique and dates it. */
    static Document entry(DueItem i) {
        CommunityRef c = i.community();
        return new Document("_id", i.key())
                .append("kind", i.kind())
                .append("communityId", c.id())
                .append("platform", c.platform().name())
                .append("externalId", c.externalId())
                .append("communityName", c.name())
                .append("internship", i.internship())
                .append("ref", i.ref())
                .append("occasion", i.occasion())
                .append("recipient", i.recipient())
                .append("dueAt", Date.from(i.dueAt()));
    }

    /** A segment: items of one bucket and one community, written by one planning call. */
    static Document segment(String id, String bucket, List<DueItem> items) {
        CommunityRef c = items.get(0).community();
        return new Document("_id", id)
                .append("bucket", bucket)
                .append("communityId", c.id())
                .append("platform", c.platform().name())
                .append("externalId", c.externalId())
                .append("communityName", c.name())
                .append("items", items.stream().map(DuePayload::payload).toList());
    }

    private static Document payload(DueItem i) {
        return new Document("key", i.key())
                .append("kind", i.kind())
                .append("internship", i.internship())
                .append("ref", i.ref())
                .append("occasion", i.occasion())
                .append("recipient", i.recipient())
                .append("dueAt", Date.from(i.dueAt()));
    }

    static DueItem item(Document segment, Document payload) {
        return new DueItem(
                payload.getString("key"),
                payload.getString("kind"),
                new CommunityRef(
                        Platform.valueOf(segment.getString("platform")),
                        segment.getString("externalId"),
                        segment.getString("communityName")),
                ((Number) payload.get("internship")).longValue(),
                ((Number) payload.get("ref")).longValue(),
                payload.getString("occasion"),
                payload.getString("recipient"),
                payload.getDate("dueAt").toInstant());
    }
}
