package dev.atelier.core.clock.stall;

import dev.atelier.core.clock.checkin.Checkin;
import dev.atelier.core.clock.checkin.CheckinStore;
import dev.atelier.core.clock.duework.DueHandler;
import dev.atelier.core.clock.duework.DueItem;
import dev.atelier.core.clock.duework.Handled;
import dev.atelier.core.cohort.Cohort;
import dev.atelier.core.cohort.CohortStore;
import dev.atelier.core.community.CommunityStore;
import dev.atelier.core.internship.Internship;
import dev.atelier.core.internship.InternshipStore;
import dev.atelier.core.message.CommandHint;
import dev.atelier.core.message.Destination;
import dev.atelier.core.message.Field;
import dev.atelier.core.message.Message;
import dev.atelier.core.message.Notification;
import dev.atelier.core.message.Text;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Tells the cohort's moderators, once, that a pair was flagged: a DM to each moderator the community
 * added and to the cohort's creator, falling back to the cohort channel; with nobody to DM, a post in
 * the cohort channel. A flag cleared before the notice went out sends nothing.
 */
public final class StallNoticeHandler implements DueHandler {

    private final HealthStore health;
    private final InternshipStore internships;
    private final CheckinStore checkins;
    private final CohortStore cohorts;
    private final CommunityStore communities;

    public StallNoticeHandler(
            HealthStore health,
            InternshipStore internships,
            CheckinStore checkins,
            CohortStore cohorts,
            CommunityStore communities) {
        this.health = health;
        this.internships = internships;
        this.checkins = checkins;
        this.cohorts = cohorts;
        this.communities = communities;
    }

    @Override
    public String kind() {
        return WatchStalls.NOTICE;
    }

    @Override
    public Handled handle(DueItem item, Instant now) {
        String communityId = item.community().id();
        Flag flag = health.of(communityId, List.of(item.internship())).get(item.internship());
        Optional<Internship> found = internships.find(communityId, item.internship());
        if (flag == null || !flag.atRisk() || !flag.flaggedAt().toString().equals(item.occasion()) || found.isEmpty()) {
            return Handled.obsolete();
        }
        Internship i = found.get();
        Optional<Cohort> cohort = Optional.ofNullable(i.data().cohortName()).flatMap(n -> cohorts.find(communityId, n));
        Set<String> moderators =
                new TreeSet<>(communities.ensure(item.community()).moderatorIds());
        cohort.map(Cohort::createdBy).ifPresent(moderators::add);
        Destination channel =
                cohort.map(Cohort::channelId).map(Destination::channel).orElse(null);
        Message summary = summary(i, flag, checkins.find(communityId, i.number()), cohort);
        if (moderators.isEmpty()) {
            return channel == null ? Handled.obsolete() : Handled.send(List.of(Notification.to(channel, summary)));
        }
        return Handled.send(moderators.stream()
                .map(m -> Notification.to(Destination.direct(m), channel, summary))
                .toList());
    }

    private static Message summary(Internship i, Flag flag, Optional<Checkin> checkin, Optional<Cohort> cohort) {
        Text.Builder text = Text.builder()
                .quiet(i.data().intern())
                .plain(" with mentor ")
                .quiet(i.data().mentor())
                .plain(" on ")
                .bold(i.data().taskTitle());
        cohort.ifPresent(c -> text.plain(" in ").bold(c.name()));
        text.plain(": " + flag.reason() + ".");
        cohort.ifPresent(c -> text.plain(" See ")
                .command(CommandHint.of("cohort health").with("cohort", c.name()))
                .plain("."));
        int missed = checkin.map(Checkin::missedInRow).orElse(0);
        // a count already in the reason, or none at all, is not repeated as a field
        List<Field> fields = missed == 0 || StallRule.countsMissedCheckins(flag.reason())
                ? List.of()
                : List.of(Field.of("Missed check-ins in a row", Text.of(String.valueOf(missed))));
        return Message.publicReply(text.build())
                .withTitle("⚠️ Internship #" + i.number() + " is at risk")
                .withFields(fields);
    }
}
