package dev.atelier.core.store;

import static dev.atelier.core.store.StoredFieldNamesTest.paths;
import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.core.appeal.Appeal;
import dev.atelier.core.appeal.AppealOutcome;
import dev.atelier.core.away.AwayPeriod;
import dev.atelier.core.away.AwayPeriods;
import dev.atelier.core.away.Holiday;
import dev.atelier.core.away.Holidays;
import dev.atelier.core.command.Caller;
import dev.atelier.core.community.Actor;
import dev.atelier.core.community.CommunityRef;
import dev.atelier.core.community.Member;
import dev.atelier.core.community.Platform;
import dev.atelier.core.dashboard.LoginLink;
import dev.atelier.core.inbox.CommandInbox;
import dev.atelier.core.inbox.InboxCommand;
import dev.atelier.core.message.Button;
import dev.atelier.core.message.ButtonStyle;
import dev.atelier.core.message.CommandHint;
import dev.atelier.core.message.Destination;
import dev.atelier.core.message.Field;
import dev.atelier.core.message.Living;
import dev.atelier.core.message.Message;
import dev.atelier.core.message.MessageRef;
import dev.atelier.core.message.Select;
import dev.atelier.core.message.SelectOption;
import dev.atelier.core.message.Text;
import dev.atelier.core.message.ThreadChange;
import dev.atelier.core.message.ThreadRef;
import dev.atelier.core.outbox.OutboxItem;
import dev.atelier.core.payout.PayState;
import dev.atelier.core.payout.Payout;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The field names and enum values the outbox, the inbox's replies, appeals, pay states, login links, away
 * periods and holidays are stored under, pinned on the raw BSON: renaming a part of the domain's message, a
 * record component or an enum constant must fail here instead of changing what is stored.
 */
class StoredMessagesAndStatesTest {

    static final CommunityRef C = new CommunityRef(Platform.SLACK, "T1", "t1");
    static final Instant AT = Instant.parse("2026-11-30T10:00:00Z");

    Backend backend;
    MongoTemplate mongo;

    @BeforeEach
    void start() {
        backend = new Backend(new de.bwaldvogel.mongo.backend.memory.MemoryBackend());
        mongo = backend.mongo();
    }

    @AfterEach
    void stop() {
        backend.close();
    }

    static Message everyPart() {
        return new Message(
                "Title",
                Text.builder()
                        .plain("Hi ")
                        .bold("M1")
                        .member("U1")
                        .command(CommandHint.of("status").with("internship", 1))
                        .build(),
                List.of(new Field("Due", Text.of("soon"), true)),
                List.of(new Button("Approve", ButtonStyle.SUCCESS, "review 1 approve", List.of("note"))),
                List.of(new Select("Pick", "cohort join", "cohort", List.of(new SelectOption("Spring", "spring")))),
                false);
    }

    @Test
    void anOutboxItemAndItsLaneAreStoredUnderTheseNames() {
        MongoOutbox.create(mongo)
                .add(new OutboxItem(
                        "item-1",
                        C,
                        "notice",
                        new Destination.Channel("C1"),
                        new ThreadRef("C1", "T9", "https://x.org/t"),
                        new Destination.Direct("U1"),
                        everyPart(),
                        AT,
                        AT.plusSeconds(60),
                        0,
                        false,
                        Living.editAt(new MessageRef("C1", "M9"), new ThreadChange("Resolved", true))));

        Document item = raw("outbox");
        assertThat(paths(item))
                .containsExactlyInAnyOrder(
                        "_id",
                        "_class",
                        "lane",
                        "seq",
                        "communityId",
                        "platform",
                        "externalId",
                        "communityName",
                        "kind",
                        "toKind",
                        "toId",
                        "threadId",
                        "threadLink",
                        "fallbackKind",
                        "fallbackId",
                        "content.title",
                        "content.body[].kind",
                        "content.body[].a",
                        "content.body[].arguments[].name",
                        "content.body[].arguments[].value",
                        "content.body[].arguments[].named",
                        "content.fields[].name",
                        "content.fields[].spans[].kind",
                        "content.fields[].spans[].a",
                        "content.fields[].inline",
                        "content.buttons[].label",
                        "content.buttons[].style",
                        "content.buttons[].command",
                        "content.buttons[].ask[]",
                        "content.selects[].placeholder",
                        "content.selects[].command",
                        "content.selects[].option",
                        "content.selects[].choices[].label",
                        "content.selects[].choices[].value",
                        "content.ephemeral",
                        "createdAt",
                        "expiresAt",
                        "attempts",
                        "unsure",
                        "state",
                        "living.edit",
                        "living.at.channelId",
                        "living.at.messageId",
                        "living.thread.name",
                        "living.thread.archived",
                        "living.pin");
        Document content = item.get("content", Document.class);
        assertThat(content.getList("body", Document.class))
                .extracting(d -> d.getString("kind"))
                .containsExactly("plain", "bold", "member", "command");
        assertThat(content.getList("buttons", Document.class).get(0).get("style"))
                .isEqualTo("SUCCESS");
        assertThat(item.get("state")).isEqualTo("PENDING");
        assertThat(paths(raw("outbox_lanes")))
                .containsExactlyInAnyOrder(
                        "_id", "seq", "nextAttemptAt", "leaseUntil", "waiting[].seq", "waiting[].item");
    }

    @Test
    void anInboxReplyIsStoredUnderTheSameNamesAsAnOutboxMessage() {
        CommandInbox inbox = MongoOperationsStores.create(mongo).inbox();
        Caller caller = new Caller(C, new Actor(new Member("U1", "Ann"), false), "C1");
        inbox.accept(InboxCommand.line("k1", caller, "status", "https://x.org/r", AT));
        inbox.applied("k1", everyPart(), AT);

        assertThat(paths(raw("command_inbox")))
                .filteredOn(p -> p.startsWith("reply."))
                .containsExactlyInAnyOrder(
                        "reply.title",
                        "reply.body[].kind",
                        "reply.body[].a",
                        "reply.body[].arguments[].name",
                        "reply.body[].arguments[].value",
                        "reply.body[].arguments[].named",
                        "reply.fields[].name",
                        "reply.fields[].spans[].kind",
                        "reply.fields[].spans[].a",
                        "reply.fields[].inline",
                        "reply.buttons[].label",
                        "reply.buttons[].style",
                        "reply.buttons[].command",
                        "reply.buttons[].ask[]",
                        "reply.selects[].placeholder",
                        "reply.selects[].command",
                        "reply.selects[].option",
                        "reply.selects[].choices[].label",
                        "reply.selects[].choices[].value",
                        "reply.ephemeral");
    }

    @Test
    void anAppealAPayStateAndALoginLinkStoreTheirEnumsByName() {
        MongoAppealStore.create(mongo)
                .insert(new Appeal(
                        C.id(),
                        1,
                        7,
                        3L,
                        "M3 review",
                        "unfair",
                        "U1",
                        AT,
                        AppealOutcome.SECOND,
                        "note",
                        "mod",
                        AT,
                        "U3",
                        null));
        MongoPayoutStore.create(mongo).save(new Payout(C.id(), 7, PayState.APPROVED, "mod", AT, null, null, null));
        MongoDashboardStores.create(mongo)
                .loginLinks()
                .insert(
                        "hash",
                        new LoginLink(
                                C,
                                new Member("mod", "Mo"),
                                LoginLink.ModeratorGrant.COMMUNITY_LIST,
                                AT,
                                AT.plus(Duration.ofMinutes(15))));

        assertThat(paths(raw("appeals")))
                .containsExactlyInAnyOrder(
                        "_id",
                        "_class",
                        "version",
                        "communityId",
                        "number",
                        "internship",
                        "milestone",
                        "decision",
                        "reason",
                        "by",
                        "at",
                        "outcome",
                        "note",
                        "decidedBy",
                        "decidedAt",
                        "secondReviewer");
        assertThat(raw("appeals").get("outcome")).isEqualTo("SECOND");
        assertThat(paths(raw("payouts")))
                .containsExactlyInAnyOrder(
                        "_id", "_class", "communityId", "internship", "state", "approvedBy", "approvedAt");
        assertThat(raw("payouts").get("state")).isEqualTo("APPROVED");
        assertThat(paths(raw("login_links")))
                .containsExactlyInAnyOrder(
                        "_id",
                        "_class",
                        "version",
                        "communityId",
                        "platform",
                        "externalId",
                        "communityName",
                        "memberId",
                        "memberName",
                        "grant",
                        "issuedAt",
                        "expiresAt");
        assertThat(raw("login_links").get("platform")).isEqualTo("SLACK");
        assertThat(raw("login_links").get("grant")).isEqualTo("COMMUNITY_LIST");
    }

    @Test
    void anAppealAPayStateAndALoginLinkStoredWhenTheyHeldTheEnumsThemselvesStillRead() {
        // given documents written while the stores mapped the domain's enums directly (stored by name too)
        java.util.Date at = java.util.Date.from(AT);
        mongo.getCollection("appeals")
                .insertOne(new Document("_id", C.id() + "/M3 review")
                        .append("communityId", C.id())
                        .append("number", 1L)
                        .append("internship", 7L)
                        .append("milestone", 3L)
                        .append("decision", "M3 review")
                        .append("reason", "unfair")
                        .append("by", "U1")
                        .append("at", at)
                        .append("outcome", "CHANGE")
                        .append("note", "fair enough")
                        .append("decidedBy", "mod")
                        .append("decidedAt", at));
        mongo.getCollection("payouts")
                .insertOne(new Document("_id", C.id() + "/7")
                        .append("communityId", C.id())
                        .append("internship", 7L)
                        .append("state", "PAID")
                        .append("approvedBy", "mod")
                        .append("paidBy", "mod")
                        .append("reference", "ref-1"));
        mongo.getCollection("login_links")
                .insertOne(new Document("_id", "hash")
                        .append("communityId", "discord:G1")
                        .append("platform", "DISCORD")
                        .append("externalId", "G1")
                        .append("communityName", "Guild")
                        .append("memberId", "mod")
                        .append("memberName", "Mo")
                        .append("grant", "PLATFORM")
                        .append("issuedAt", at)
                        .append("expiresAt", java.util.Date.from(AT.plusSeconds(900))));

        // when they are read
        Appeal appeal = MongoAppealStore.create(mongo).find(C.id(), 1).orElseThrow();
        Payout payout = MongoPayoutStore.create(mongo).find(C.id(), 7).orElseThrow();
        var link = MongoDashboardStores.create(mongo).loginLinks().peek("hash", AT);

        // then each comes back with its enum
        assertThat(appeal.outcome()).isEqualTo(AppealOutcome.CHANGE);
        assertThat(appeal.open()).isFalse();
        assertThat(payout.state()).isEqualTo(PayState.PAID);
        assertThat(link)
                .isInstanceOfSatisfying(
                        dev.atelier.core.dashboard.Redemption.Granted.class,
                        g -> assertThat(g.link().community().platform()).isEqualTo(Platform.DISCORD));
    }

    @Test
    void awayPeriodsAndHolidaysAreStoredUnderTheseNames() {
        var away = MongoAwayStore.create(mongo);
        away.savePeriods(
                C.id(),
                "U1",
                AwayPeriods.NONE.with(
                        List.of(new AwayPeriod(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 3), "trip"))));
        away.saveHolidays(C.id(), Holidays.NONE.with(List.of(new Holiday(LocalDate.of(2026, 12, 24), "Eve"))));

        assertThat(paths(raw("away")))
                .containsExactlyInAnyOrder(
                        "_id",
                        "_class",
                        "version",
                        "communityId",
                        "memberId",
                        "periods[].from",
                        "periods[].to",
                        "periods[].note");
        assertThat(paths(raw("holidays")))
                .containsExactlyInAnyOrder("_id", "_class", "version", "days[].date", "days[].name");
    }

    private Document raw(String collection) {
        return mongo.getCollection(collection).find().first();
    }
}
