package dev.atelier.core.rights;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.core.message.Button;
import dev.atelier.core.message.Outcome;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ForgetMeTest extends RightsFixture {

    String credential;

    @BeforeEach
    void community() {
        buildTheCommunity();
        credential = dev.atelier.core.store.MongoRightsStores.create(atelier.mongo())
                .records()
                .heldCredentials(SHOP.id(), ZELDA_ID)
                .get(0);
    }

    /** Every document of every collection, as JSON. */
    String everything() {
        StringBuilder all = new StringBuilder();
        for (String c : collections()) {
            atelier.mongo()
                    .getCollection(c)
                    .find()
                    .forEach(d -> all.append(c).append(' ').append(d.toJson()).append('\n'));
        }
        return all.toString();
    }

    @Test
    void forgetMeAsksFirstWithAButtonPerCredentialChoiceAndChangesNothing() {
        String before = everything();
        Outcome asked = zelda("forget me");

        assertThat(asked.reply().text()).contains("cannot be undone", "1 credential is held", "former member");
        assertThat(asked.reply().buttons())
                .extracting(Button::command)
                .containsExactly("forget me revoke", "forget me keep");
        assertThat(everything()).isEqualTo(before);
        assertThat(text(zelda("forget me maybe"))).contains("revoke, keep");
        assertThat(everything()).isEqualTo(before);
    }

    @Test
    void afterForgetMeNoCollectionNamesTheMemberAndThePartnerKeepsTheInternship() {
        assertThat(everything()).contains(ZELDA_ID, ZELDA_NAME);

        String done = text(zelda("forget me revoke"));

        assertThat(done).contains("Your personal data in Shop guild is erased", "1 credential revoked");
        String all = everything();
        assertThat(all).doesNotContain(ZELDA_ID).doesNotContainIgnoringCase(ZELDA_NAME);
        assertThat(all).doesNotContain("Zelda Quux is stuck on keys", "bob was kind", "Where is the repository");
        assertThat(count("profiles", new Document("_id", SHOP.id() + "/" + ZELDA_ID)))
                .isZero();
        assertThat(count("checkin_answers", new Document())).isZero();
        assertThat(count("login_links", new Document("memberId", "mod")))
                .as("others' links stay")
                .isOne();
        assertThat(count("login_links", new Document())).isOne();
        assertThat(count("pairing_plans", new Document())).isZero();

        String statement = as("bob", "internship statement 1").reply().markup();
        assertThat(statement).contains("former").doesNotContain(ZELDA_ID);
        assertThat(text(as("bob", "status"))).contains("#1");
        assertThat(as("mod", "cohort statements spring-2026").reply().markup())
                .contains(",intern,former-", ",mentor,bob,");
        assertThat(text(as("mod", "verify " + credential))).containsIgnoringCase("revoked");
        assertThat(storedCredential())
                .as("the revoked credential's signed token named her")
                .doesNotContainKey("token")
                .containsKeys("revokedAt", "statusList", "statusIndex");
        assertThat(atelier.services().credentials().verify(credential).status())
                .isEqualTo(dev.atelier.core.credential.Verification.Status.REVOKED);
        assertThat(atelier.services().credentials().document(credential)).isEmpty();
        for (String mine : List.of("away", "credential_recipients", "outbox", "command_inbox")) {
            assertThat(count(mine, new Document())).as(mine).isZero();
        }
        assertThat(count("payouts", new Document())).as("bob's pay state stays").isOne();
        assertThat(count("appeals", new Document()))
                .as("the appeal on bob's internship stays")
                .isOne();
        assertThat(text(as("mod", "profile show @bob"))).doesNotContain(ZELDA_ID);
    }

    @Test
    void aKeptCredentialStaysVerifiableAndAModeratorForgetIsLoggedWithoutTheMember() {
        assertThat(text(as("carol", "member forget " + ZELDA + " keep")))
                .as("carol is a moderator")
                .contains("The member's personal data", "1 credential kept", "moderation log");

        assertThat(text(as("bob", "verify " + credential))).contains("Valid credential");
        assertThat(storedCredential().getString("token"))
                .as("a kept credential is hers, token and all")
                .isNotBlank();
        assertThat(everything()).doesNotContain(ZELDA_ID).doesNotContainIgnoringCase(ZELDA_NAME);
        List<Document> log = atelier.mongo()
                .getCollection("erasure_log")
                .find(new Document("moderatorId", "carol"))
                .into(new ArrayList<>());
        assertThat(log).hasSize(1);
        assertThat(log.get(0).getString("credentials")).isEqualTo("keep");
        assertThat(text(as("bob", "member forget @carol"))).contains("Only moderators");
    }

    Document storedCredential() {
        Document internship = atelier.mongo()
                .getCollection("internships")
                .find(new Document("number", 1L))
                .first();
        return internship.get("completion", Document.class).get("credential", Document.class);
    }

    long count(String collection, Document filter) {
        return atelier.mongo().getCollection(collection).countDocuments(filter);
    }
}
