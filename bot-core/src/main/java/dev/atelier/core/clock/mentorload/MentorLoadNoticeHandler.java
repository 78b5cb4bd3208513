package dev.atelier.core.clock.mentorload;

import dev.atelier.core.clock.duework.DueHandler;
import dev.atelier.core.clock.duework.DueItem;
import dev.atelier.core.clock.duework.Handled;
import dev.atelier.core.clock.rhythm.Rhythm;
import dev.atelier.core.clock.rhythm.RhythmStore;
import dev.atelier.core.cohort.Cohort;
import dev.atelier.core.cohort.CohortStore;
import dev.atelier.core.community.CommunityStore;
import dev.atelier.core.message.Destination;
import dev.atelier.core.message.Message;
import dev.atelier.core.message.Notification;
import dev.atelier.core.message.Text;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Tells the moderators (those added with {@code moderator add} and the cohorts' creators), once per
 * occasion, that a mentor is over capacity or has work waiting too long, with a mentor who has room. Nothing
 * is sent when the load is back to normal by then.
 */
public final class MentorLoadNoticeHandler implements DueHandler {

    private final MentorLoads loads;
    private final RhythmStore rhythms;
    private final CommunityStore communities;
    private final CohortStore cohorts;

    public MentorLoadNoticeHandler(
            MentorLoads loads, RhythmStore rhythms, CommunityStore communities, CohortStore cohorts) {
        this.loads = loads;
        this.rhythms = rhythms;
        this.communities = communities;
        this.cohorts = cohorts;
    }

    @Override
    public String kind() {
        return WatchMentorLoad.NOTICE;
    }

    @Override
    public Handled handle(DueItem item, Instant now) {
        String communityId = item.community().id();
        Rhythm rhythm = rhythms.of(communityId);
        List<MentorLoad> all = loads.of(communityId, now);
        Optional<MentorLoad> load = all.stream()
                .filter(l -> l.mentor().id().equals(item.recipient()))
                .findFirst();
        Optional<String> flag = load.flatMap(l -> l.flag(rhythm.reviewWait(), now));
        if (flag.isEmpty()) {
            return Handled.obsolete();
        }
        Set<String> moderators =
                new TreeSet<>(communities.ensure(item.community()).moderatorIds());
        cohorts.list(communityId).stream().map(Cohort::createdBy).forEach(moderators::add);
        if (moderators.isEmpty()) {
            return Handled.obsolete();
        }
        MentorLoad l = load.get();
        Message message = Message.publicReply(Text.builder()
                        .text(l.line(now))
                        .line()
                        .plain(MentorLoad.sentence(flag.get()) + ". ")
                        .text(Suggestion.of(l, all, rhythm.reviewWait(), now)
                                .map(s -> Text.of("Suggestion: ").append(s).append("."))
                                .orElse(Text.of("No other mentor has room now.")))
                        .plain(" See ")
                        .command("mentor load")
                        .plain(".")
                        .build())
                .withTitle("⚖️ Mentor load: " + l.mentor().name());
        return Handled.send(moderators.stream()
                .map(m -> Notification.to(Destination.direct(m), message))
                .toList());
    }
}
