package dev.atelier.app.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.model.Filters;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import dev.atelier.app.storage.EmbeddedMongoServer;
import dev.atelier.core.assembly.AtelierCore;
import dev.atelier.core.clock.duework.Claimed;
import dev.atelier.core.clock.duework.DueItem;
import dev.atelier.core.command.Caller;
import dev.atelier.core.community.Actor;
import dev.atelier.core.community.CommunityRef;
import dev.atelier.core.community.Member;
import dev.atelier.core.community.Platform;
import dev.atelier.core.store.MongoStores;
import dev.atelier.core.workspace.Outbound;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The in-process clone of {@link ScaleBenchmark} leaves a store the product could have written: a cloned
 * community answers the commands as the template does, and its pending due items are the documents the real
 * due-work store writes when it plans them, listed by the right bucket heads and claimed once each.
 */
class ScaleCloneTest {

    private static final CommunityRef T1 = new CommunityRef(Platform.SLACK, "T1", "Acme");
    private static final CommunityRef TC1 = new CommunityRef(Platform.SLACK, "TC1", "Acme");
    private static final CommunityRef TC2 = new CommunityRef(Platform.SLACK, "TC2", "Acme");
    private static final Instant AFTER_ALL_DUE = Instant.parse("2028-01-01T00:00:00Z");

    @TempDir
    Path data;

    @Test
    void aClonedCommunityIsWhatTheProductWouldHaveWritten() {
        withCore((core, mongo) -> new ScaleTemplate(core.bot(), MongoStores.create(mongo), T1).build(2));

        ScaleBenchmark.cloneInProcess(data, 1, 3);

        withCore((core, mongo) -> {
            MongoServer empty = new MongoServer(new MemoryBackend());
            Map<String, Document> planned;
            try (MongoClient client = MongoClients.create(empty.bindAndGetConnectionString())) {
                MongoTemplate real = new MongoTemplate(client, "atelier");
                planned = plannedByTheRealStore(mongo, real, TC1);
                assertThat(segments(mongo, TC1)).isEqualTo(segments(real, TC1));
            } finally {
                empty.shutdownNow();
            }
            assertThat(planned).hasSizeGreaterThanOrEqualTo(2 * ScaleTemplate.DUE_PENDING);
            for (Document entry : planned.values()) {
                assertThat(mongo.getCollection("due_work")
                                .find(Filters.eq("_id", entry.get("_id")))
                                .first())
                        .isEqualTo(entry);
            }
            for (Document segment :
                    mongo.getCollection(PendingDueClone.SEGMENTS).find(Filters.eq("communityId", TC1.id()))) {
                Document head = mongo.getCollection(PendingDueClone.HEADS)
                        .find(Filters.eq("_id", segment.get("bucket")))
                        .first();
                assertThat(head.getList("segments", String.class)).contains(segment.getString("_id"));
                assertThat(head.getDate("dueAt")).isBeforeOrEqualTo(earliest(segment));
                assertThat(head.getDate("leaseUntil").toInstant()).isEqualTo(Instant.EPOCH);
            }

            for (String[] c :
                    List.of(new String[] {"UINT1", "status"}, new String[] {"UMEN2", "status 2"}, new String[] {
                        "UADMIN", "task list"
                    })) {
                Actor actor = new Actor(new Member(c[0], c[0]), c[0].equals("UADMIN"));
                String template = core.bot()
                        .run(new Caller(T1, actor, null), c[1])
                        .reply()
                        .text();
                for (CommunityRef clone : List.of(TC1, TC2)) {
                    assertThat(core.bot()
                                    .run(new Caller(clone, actor, null), c[1])
                                    .reply()
                                    .text())
                            .as("%s in %s", c[1], clone.id())
                            .isEqualTo(template.replace(T1.id(), clone.id()));
                }
            }
            long pending = 0;
            for (Document segment :
                    mongo.getCollection(PendingDueClone.SEGMENTS).find()) {
                pending += segment.getList("items", Document.class).size();
            }
            Map<String, Integer> claims = new HashMap<>();
            var due = MongoStores.create(mongo).dueWork();
            for (List<Claimed> claimed = due.claim("test", AFTER_ALL_DUE, Duration.ofMinutes(5), 100);
                    !claimed.isEmpty();
                    claimed = due.claim("test", AFTER_ALL_DUE, Duration.ofMinutes(5), 100)) {
                claimed.forEach(c -> claims.merge(c.item().key(), 1, Integer::sum));
                due.done(claimed, AFTER_ALL_DUE);
            }
            assertThat(claims)
                    .hasSize((int) pending)
                    .allSatisfy((key, n) -> assertThat(n).isOne());
            assertThat(claims.keySet()).containsAll(planned.keySet());
        });
    }

    /**
     * Plans the template's pending items for {@code community} through the real due-work store on {@code real}
     * (an empty store), one call per planning call of the template (per segment, under the name it was planned
     * with); answers the entries it wrote, by key.
     */
    private static Map<String, Document> plannedByTheRealStore(
            MongoTemplate cloned, MongoTemplate real, CommunityRef community) {
        var due = MongoStores.create(real).dueWork();
        for (Document segment :
                cloned.getCollection(PendingDueClone.SEGMENTS).find(Filters.eq("communityId", T1.id()))) {
            String name = segment.getString("communityName");
            CommunityRef as = new CommunityRef(
                    community.platform(), community.externalId(), name.equals(T1.externalId()) ? null : name);
            List<DueItem> items = new ArrayList<>();
            for (Document p : segment.getList("items", Document.class)) {
                items.add(DueItem.of(
                        p.getString("kind"),
                        as,
                        p.get("internship", Number.class).longValue(),
                        p.get("ref", Number.class).longValue(),
                        p.getString("occasion"),
                        p.getString("recipient"),
                        p.getDate("dueAt").toInstant()));
            }
            due.planAll(items);
        }
        Map<String, Document> entries = new TreeMap<>();
        real.getCollection("due_work").find().forEach(d -> entries.put(d.getString("_id"), d));
        return entries;
    }

    /** A community's segments without their random ids, items by key, in the order of their bucket and items. */
    private static List<Document> segments(MongoTemplate mongo, CommunityRef community) {
        List<Document> found = new ArrayList<>();
        for (Document segment :
                mongo.getCollection(PendingDueClone.SEGMENTS).find(Filters.eq("communityId", community.id()))) {
            segment.remove("_id");
            List<Document> items = new ArrayList<>(segment.getList("items", Document.class));
            items.sort(Comparator.comparing(i -> i.getString("key")));
            segment.put("items", items);
            found.add(segment);
        }
        found.sort(Comparator.comparing((Document d) -> d.getString("bucket"))
                .thenComparing(d -> d.getList("items", Document.class).get(0).getString("key")));
        return found;
    }

    private static java.util.Date earliest(Document segment) {
        return segment.getList("items", Document.class).stream()
                .map(i -> i.getDate("dueAt"))
                .min(Comparator.naturalOrder())
                .orElseThrow();
    }

    private void withCore(BiConsumer<AtelierCore.Services, MongoTemplate> body) {
        try (EmbeddedMongoServer server = EmbeddedMongoServer.start(data, 0, false);
                MongoClient client = MongoClients.create(server.getConnectionString())) {
            MongoTemplate mongo = new MongoTemplate(client, "atelier");
            body.accept(
                    AtelierCore.assemble(
                            mongo,
                            new Outbound(List.of(), List.of()),
                            Clock.systemUTC(),
                            AtelierCore.Settings.ephemeral()),
                    mongo);
        }
    }
}
