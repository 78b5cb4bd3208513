package dev.atelier.core.peerhelp;

import dev.atelier.core.cohort.Cohort;
import dev.atelier.core.cohort.CohortStore;
import dev.atelier.core.community.CommunityRef;
import dev.atelier.core.community.Platform;
import dev.atelier.core.message.Message;
import dev.atelier.core.message.Text;
import dev.atelier.core.message.ThreadRef;
import dev.atelier.core.question.Question;
import dev.atelier.core.question.QuestionStatus;
import dev.atelier.core.question.QuestionStore;
import dev.atelier.core.workspace.Outbound;
import dev.atelier.core.workspace.WorkspaceUnavailableException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One tick of peer help, run by the scheduler on every instance: offers each question that has
 * waited its community's delay without a reply ({@link PeerHelpQueue} lists the candidates), once, in its cohort's channel (or the community's
 * peer-help channel) with a thread to answer in. The offer is claimed with a conditional update
 * before it is posted, so two instances never post it twice; an offer the platform refused is given
 * back and tried again an hour later.
 */
public final class PeerHelpRound {

    private static final Logger log = LoggerFactory.getLogger(PeerHelpRound.class);
    private static final Duration SHORTEST = Duration.ofHours(1);
    private static final Duration LONGEST = Duration.ofHours(PeerHelpSettings.MAX_HOURS);
    /** How long an offer that could not be posted waits before it is tried again. */
    static final Duration RETRY = Duration.ofHours(1);

    private final QuestionStore questions;
    private final PeerHelpQueue queue;
    private final PeerHelpSettingsStore settings;
    private final CohortStore cohorts;
    private final Outbound outbound;
    private final Clock clock;
    /** The hour before which the list was last forgotten. */
    private volatile Instant forgotten;

    public PeerHelpRound(
            QuestionStore questions,
            PeerHelpQueue queue,
            PeerHelpSettingsStore settings,
            CohortStore cohorts,
            Outbound outbound,
            Clock clock) {
        this.questions = questions;
        this.queue = queue;
        this.settings = settings;
        this.cohorts = cohorts;
        this.outbound = outbound;
        this.clock = clock;
    }

    /**
     * Returns how many questions were offered to peers now. Reads the questions listed for the hours that
     * may hold one that waited long enough; loads (by number) only those whose community's delay has passed
     * and that have a channel to go to; takes off the list what was offered, answered, kept from peers or
     * asked too long ago.
     */
    public int run() {
        Instant now = clock.instant();
        Instant oldest = now.minus(LONGEST).minusSeconds(1);
        if (!oldest.truncatedTo(ChronoUnit.HOURS).equals(forgotten)) {
            queue.forgetBefore(oldest);
            forgotten = oldest.truncatedTo(ChronoUnit.HOURS);
        }
        Map<String, PeerHelpSettings> seen = new HashMap<>();
        Map<String, Optional<String>> channels = new HashMap<>();
        int[] offered = {0};
        queue.forEachPage(oldest, now.minus(SHORTEST), page -> {
            List<PeerHelpQueue.Listed> done = new ArrayList<>();
            for (PeerHelpQueue.Listed listed : page) {
                if (visit(listed, seen, channels, oldest, now, done)) {
                    offered[0]++;
                }
            }
            queue.drop(done);
        });
        return offered[0];
    }

    /**
     * Offers one listed question if its community's delay has passed and it has a channel to go to; adds it to
     * {@code done} when it was offered or may no longer be. Returns whether it was offered.
     */
    private boolean visit(
            PeerHelpQueue.Listed listed,
            Map<String, PeerHelpSettings> seen,
            Map<String, Optional<String>> channels,
            Instant oldest,
            Instant now,
            List<PeerHelpQueue.Listed> done) {
        PeerHelpSettings s = seen.computeIfAbsent(listed.communityId(), settings::of);
        if (!s.enabled() || listed.hour().plus(s.delay()).isAfter(now)) {
            return false;
        }
        Optional<String> channel = channels.computeIfAbsent(
                listed.communityId() + "/" + listed.cohortName(),
                k -> Optional.ofNullable(channelOf(listed.communityId(), listed.cohortName(), s)));
        if (channel.isEmpty()) {
            return false;
        }
        Optional<Question> question = questions.find(listed.communityId(), listed.number());
        if (question.isEmpty() || !offerable(question.get(), oldest)) {
            done.add(listed);
            return false;
        }
        Question q = question.get();
        if (q.data().askedAt().plus(s.delay()).isAfter(now)) {
            return false;
        }
        if (offer(q, s, channel.get(), now)) {
            done.add(listed);
            return true;
        }
        return false;
    }

    private static boolean offerable(Question q, Instant oldest) {
        return (q.status() == QuestionStatus.OPEN || q.status() == QuestionStatus.REOPENED)
                && (q.peers() == null || (!q.peers().optedOut() && q.peers().offeredAt() == null))
                && q.data().askedAt().isAfter(oldest);
    }

    private boolean offer(Question q, PeerHelpSettings s, String channel, Instant now) {
        if (!questions.claimPeerOffer(q.data().communityId(), q.number(), now)) {
            return false;
        }
        CommunityRef community = community(q.data().communityId());
        ThreadRef thread;
        try {
            thread = outbound.openThread(community, channel, "Help with " + q.label(), offer(q, s), null);
        } catch (RuntimeException e) {
            questions.releasePeerOffer(q.data().communityId(), q.number(), now, now.plus(RETRY));
            log.warn(
                    "Could not offer {} of {} to peers in {} ({}); trying again in {} h",
                    q.label(),
                    q.data().communityId(),
                    channel,
                    e.toString(),
                    RETRY.toHours());
            return false;
        }
        questions.recordPeerThread(q.data().communityId(), q.number(), thread);
        return true;
    }

    private String channelOf(String communityId, String cohortName, PeerHelpSettings s) {
        String cohortChannel = cohortName == null
                ? null
                : cohorts.find(communityId, cohortName).map(Cohort::channelId).orElse(null);
        return cohortChannel != null ? cohortChannel : s.channelId();
    }

    private static Message offer(Question q, PeerHelpSettings s) {
        Text.Builder text = Text.builder()
                .plain("🙋 A question from ")
                .quiet(q.data().asker())
                .plain(" has waited " + s.hours() + " h without a reply:")
                .quote(q.data().text())
                .plain("Know the answer? Reply in this thread: the first answer counts as help in the metrics.");
        if (q.thread() != null && q.thread().link() != null) {
            text.line().link(q.thread().link(), "The pair's own thread").plain(", for those who can see it.");
        }
        return Message.publicReply(text.build()).withTitle("🤝 Peer help · " + q.label());
    }

    static CommunityRef community(String communityId) {
        int colon = communityId.indexOf(':');
        String key = communityId.substring(0, colon);
        Platform platform = Arrays.stream(Platform.values())
                .filter(p -> p.key().equals(key))
                .findFirst()
                .orElseThrow(() -> new WorkspaceUnavailableException("unknown platform " + key));
        return new CommunityRef(platform, communityId.substring(colon + 1), null);
    }
}
