package dev.atelier.core.rights;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.core.command.Caller;
import dev.atelier.core.community.Actor;
import dev.atelier.core.community.Member;
import dev.atelier.core.message.ObservedMessage;
import dev.atelier.core.store.MemberCollections;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code forget me} reaches every collection of the store. The community is filled through the real
 * stores so that every collection that can name a member names Zelda (she is also the mentor of carol's
 * internship and is asked a question there, she acts as a platform moderator, and a direct message to
 * her waits); after {@code forget me} no document of any collection names
 * her in a key or a value, by id, by name or by the slug of either (a console workspace channel is named
 * after its intern); the keys moved to the pseudonym still find what they listed.
 */
class ErasureReachesEveryCollectionTest extends RightsFixture {

    /** A lane of the command inbox exists only while one of the member's commands is being run. */
    static final List<String> EMPTY_BETWEEN_COMMANDS = List.of("command_inbox_lanes", "outbox_active");

    @BeforeEach
    void community() {
        buildTheCommunity();
        as("mod", "task add \"Shop search\" \"Add a search box\" \"100 USD\" 10");
        assertThat(text(as("mod", "internship start @carol " + ZELDA + " 2"))).doesNotContain("❌");
        assertThat(text(as("carol", "ask \"How do I index the products, Zelda Quux?\"")))
                .doesNotContain("❌");
        atelier.bot().run(new Caller(SHOP, new Actor(new Member(ZELDA_ID, ZELDA_NAME), true), null), "status");
        queueADirectMessageToZelda("a-dm-after-the-fixture");
    }

    @Test
    void everyCollectionThatCanNameAMemberNamedHerAndNoneDoesAfterForgetMe() {
        List<String> canName = Stream.of(
                        MemberCollections.ABOUT_MEMBERS.stream(),
                        MemberCollections.MEMBER_LANES.stream(),
                        MemberCollections.LOOKUP_KEYS.stream())
                .flatMap(s -> s)
                .filter(c -> !c.equals("erasure_log") && !EMPTY_BETWEEN_COMMANDS.contains(c))
                .toList();
        assertThat(naming("zelda").keySet())
                .as("the fixture puts her in every collection that can name a member")
                .containsAll(canName.stream().filter(c -> !statisticsOnly(c)).toList());

        assertThat(text(zelda("forget me revoke"))).contains("is erased");

        assertThat(naming("zelda")).as("documents naming her after forget me").isEmpty();
        assertThat(naming("quux")).isEmpty();
    }

    @Test
    void theKeysMovedToThePseudonymStillFindWhatTheyListed() {
        zelda("forget me revoke");
        Document internship = atelier.mongo()
                .getCollection("internships")
                .find(new Document("number", 1L))
                .first();
        String pseudonym = internship.get("intern", Document.class).getString("_id");
        String workspace = internship.getString("workspaceChannelId");
        assertThat(workspace).contains(pseudonym);

        assertThat(text(as("bob", "status"))).contains("#1");
        assertThat(text(as("carol", "status"))).contains("#2");
        assertThat(atelier.bot().observe(new ObservedMessage(SHOP, workspace, "after-1", "bob", clock.instant())))
                .as("the workspace key, renamed with its channel, still finds internship #1")
                .isTrue();
        assertThat(atelier.mongo()
                        .getCollection("internship_keys")
                        .find(new Document("_id", SHOP.id() + "/member/" + pseudonym))
                        .first()
                        .getList("numbers", Number.class))
                .extracting(Number::longValue)
                .contains(1L, 2L);
        assertThat(atelier.mongo()
                        .getCollection("question_keys")
                        .find(new Document("_id", SHOP.id() + "/mentor/" + pseudonym))
                        .first())
                .as("the question addressed to her as mentor")
                .isNotNull();
    }

    /** Collections that count or flag an internship by number, with no member in them. */
    static boolean statisticsOnly(String collection) {
        return List.of("message_counts", "question_message_counts", "internship_health", "cohorts", "tasks", "payouts")
                .contains(collection);
    }

    /** Per collection, the documents whose JSON (keys and values) holds {@code text}, case-insensitively. */
    Map<String, List<String>> naming(String text) {
        Map<String, List<String>> found = new LinkedHashMap<>();
        for (String c : collections()) {
            atelier.mongo().getCollection(c).find().forEach(d -> {
                String json = d.toJson();
                if (json.toLowerCase(Locale.ROOT).contains(text)) {
                    found.computeIfAbsent(c, k -> new ArrayList<>()).add(json);
                }
            });
        }
        return found;
    }
}
