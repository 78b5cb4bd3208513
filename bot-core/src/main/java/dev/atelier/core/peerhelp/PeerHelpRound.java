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
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One tick of peer help, run by the scheduler on every instance: offers each question that has
 * waited its community's delay without a reply ({@link PeerHelpQueue} lists the candidates), once, in its cohort's channel (or the community's
 * peer-help channel) with a thread to answer in. The offer is claimed with a conditional update
 * before it is posted, so two instances never post it twice; an offer the platform refused is given
 * back and tried again an hour later. A question it cannot offer now (its community's peer help is off, or its delay
 * passed and it has no channel to go to) is parked until a moderator changes the community's peer help, so a round
 * does not read it again every time.
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
    /**
     * How often the clock's tick runs the round at most ({@link #runPaced}): delays are whole hours, and a
     * round reads the week's list and the settings of every community in it.
     */
    public static final Duration PACE = Duration.ofMinutes(5);

    /** The hour before which the list was last forgotten. */
    private volatile Instant forgotten;
    /** When {@link #runPaced} last ran the round on this instance. */
    private volatile Instant pacedAt;

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
     * Runs the round unless this instance ran it through here less than {@link #PACE} ago (a question is then
     * offered at most that long after its delay passed); returns how many questions were offered.
     */
    public int runPaced() {
        Instant now = clock.instant();
        Instant last = pacedAt;
        if (last != null && now.isBefore(last.plus(PACE)) && !now.isBefore(last)) {
            return 0;
        }
        pacedAt = now;
        return run();
    }

    /**
     * Returns how many questions were offered to peers now. Reads the questions listed for the hours that
     * may hold one that waited long enough; loads (by number) only those whose community's delay has passed
     * and that have a channel to go to; takes off the list what was offered, answered, kept from peers or
     * asked too long ago, and parks what cannot be offered until the community's peer help changes.
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
            // the settings of the page's communities not read yet, in one read
            seen.putAll(settings.ofAll(page.stream()
                    .map(PeerHelpQueue.Listed::communityId)
                    .filter(c -> !seen.containsKey(c))
                    .collect(Collectors.toSet())));
            List<PeerHelpQueue.Listed> done = new ArrayList<>();
            List<PeerHelpQueue.Listed> parked = new ArrayList<>();
            for (PeerHelpQueue.Listed listed : page) {
                if (visit(listed, seen, channels, oldest, now, done, parked)) {
                    offered[0]++;
                }
            }
            queue.drop(done);
            if (!parked.isEmpty()) {
                queue.park(parked);
                unparkChanged(parked, seen, oldest, now);
            }
        });
        return offered[0];
    }

    /**
     * Lists again what was just parked for a community whose settings changed since the page read them: the
     * moderator's change may have unparked that community's questions before these were parked.
     */
    private void unparkChanged(
            List<PeerHelpQueue.Listed> parked, Map<String, PeerHelpSettings> seen, Instant oldest, Instant now) {
        settings.ofAll(parked.stream().map(PeerHelpQueue.Listed::communityId).collect(Collectors.toSet()))
                .forEach((community, current) -> {
                    if (!current.equals(seen.put(community, current))) {
                        queue.unpark(community, oldest, now);
                    }
                });
    }

    /**
     * Offers one listed question if its community's delay has passed and it has a channel to go to; adds it to
     * {@code done} when it was offered or may no longer be, to {@code parked} when its community's peer help is off
     * or its delay passed without a channel to go to. Returns whether it was offered.
     */
    private boolean visit(
            PeerHelpQueue.Listed listed,
            Map<String, PeerHelpSettings> seen,
            Map<String, Optional<String>> channels,
            Instant oldest,
            Instant now,
            List<PeerHelpQueue.Listed> done,
            List<PeerHelpQueue.Listed> parked) {
        PeerHelpSettings s = seen.computeIfAbsent(listed.communityId(), settings::of);
        if (!s.enabled()) {
            parked.add(listed);
            return false;
        }
        if (listed.hour().plus(s.delay()).isAfter(now)) {
            return false;
        }
        Optional<String> channel = channels.computeIfAbsent(
                listed.communityId() + "/" + listed.cohortName(),
                k -> Optional.ofNullable(channelOf(listed.communityId(), listed.cohortName(), s)));
        if (channel.isEmpty()) {
            parked.add(listed);
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
