package dev.atelier.core.rights;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.core.message.FileAttachment;
import dev.atelier.core.store.MemberCollections;
import dev.atelier.core.store.MongoRightsStores;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class MyDataExportTest extends RightsFixture {

    static final Pattern LINK = Pattern.compile("http://localhost:8080/mydata/([A-Za-z0-9_-]{43})");

    @Test
    void everyCollectionIsEitherExportedOrDeclaredUnlinkedAndEachExportedOneReachesAnExport() {
        buildTheCommunity();

        List<String> unknown = new ArrayList<>(collections());
        unknown.removeAll(MemberCollections.ABOUT_MEMBERS);
        unknown.removeAll(MemberCollections.UNLINKED);
        unknown.removeAll(MemberCollections.MEMBER_LANES);
        unknown.removeAll(MemberCollections.LOOKUP_KEYS);
        assertThat(unknown)
                .as("collections neither exported by mydata nor declared unlinked to members")
                .isEmpty();
        assertThat(collections())
                .as("the fixture touches every collection about members")
                .containsAll(MemberCollections.ABOUT_MEMBERS);
        MemberRecords records = MongoRightsStores.create(atelier.mongo()).records();
        Map<String, List<Object>> union = new HashMap<>();
        for (String member : List.of(ZELDA_ID, "bob", "carol", "mod")) {
            records.export(SHOP.id(), member)
                    .forEach((c, docs) ->
                            union.computeIfAbsent(c, k -> new ArrayList<>()).addAll(docs));
        }
        assertThat(union.keySet()).containsExactlyInAnyOrderElementsOf(MemberCollections.ABOUT_MEMBERS);
        MemberCollections.ABOUT_MEMBERS.forEach(
                c -> assertThat(union.get(c)).as(c).isNotEmpty());
    }

    @Test
    void mydataGivesAOneTimeLinkOnTheConsoleWithEverythingAboutTheCaller() {
        buildTheCommunity();
        String reply = text(zelda("mydata"));
        assertThat(reply).contains("works once, for 15 minutes");
        String token = token(reply);
        DataDownloads downloads = atelier.services().rights().downloads();

        assertThat(downloads.check(token)).as("checking does not use the link").isTrue();
        String json = json(downloads.redeem(token));
        assertThat(json)
                .contains(
                        "\"member\": \"U0ZELDA42\"",
                        "Zelda Quux, self-taught",
                        "Checkout page",
                        "https://github.com/shop/checkout/pull/3",
                        "checkout page",
                        "Zelda Quux is stuck on keys",
                        "Where is the repository",
                        "bob was kind",
                        "\"shares\"",
                        "\"credential\"",
                        "\"moderator\": true",
                        "\"cohortName\": \"spring-2026\"",
                        "spring-2026");
        assertThat(json).as("bob's own profile is not Zelda's").doesNotContain("\"capacity\": 2");
        assertThat(downloads.redeem(token)).as("a link works once").isEmpty();
        assertThat(downloads.check(token)).isFalse();
    }

    @Test
    void aLinkExpiresAndAMentorDoesNotSeeTheInternsRating() {
        buildTheCommunity();
        String token = token(text(zelda("mydata")));
        clock.advance(Duration.ofMinutes(15));
        assertThat(atelier.services().rights().downloads().redeem(token)).isEmpty();
        assertThat(atelier.services().rights().downloads().redeem("not-a-token"))
                .isEmpty();

        String bobs = json(atelier.services().rights().downloads().redeem(token(text(as("bob", "mydata")))));
        assertThat(bobs).contains("Checkout page", "\"capacity\": 2").doesNotContain("bob was kind");
    }

    static String token(String reply) {
        Matcher m = LINK.matcher(reply);
        assertThat(m.find()).as(reply).isTrue();
        return m.group(1);
    }

    static String json(Optional<FileAttachment> file) {
        assertThat(file).isPresent();
        assertThat(file.get().mediaType()).isEqualTo("application/json");
        return new String(file.get().content(), StandardCharsets.UTF_8);
    }
}
