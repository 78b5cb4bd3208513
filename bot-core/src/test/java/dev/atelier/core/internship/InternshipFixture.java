package dev.atelier.core.internship;

import dev.atelier.core.community.CommunityRef;
import dev.atelier.core.community.Member;
import dev.atelier.core.community.Platform;
import dev.atelier.core.shared.Requester;
import java.net.URI;
import java.time.Instant;
import java.util.List;

/** The people and an active internship (#1, milestone M10 planned) the aggregate's tests start from. */
final class InternshipFixture {

    static final CommunityRef COMMUNITY = new CommunityRef(Platform.CONSOLE, "c1", "c1");
    static final Requester INTERN = new Requester(COMMUNITY, new Member("alice", "Alice"), false);
    static final Requester MENTOR = new Requester(COMMUNITY, new Member("bob", "Bob"), false);
    static final Requester MODERATOR = new Requester(COMMUNITY, new Member("mod", "Mod"), true);
    static final Requester STRANGER = new Requester(COMMUNITY, new Member("eve", "Eve"), false);
    static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    static final URI LINK = URI.create("https://example.org/pr/1");
    static final FinalReview REVIEW = new FinalReview(9, List.of("java"), "tests", "Careful work.", "bob", NOW);
    static final IssuedCredential CREDENTIAL = IssuedCredential.issued("id-1", "token", NOW);

    private InternshipFixture() {}

    static Internship activeWithOneMilestone() {
        Internship internship = Internship.start(
                new InternshipData("console:c1", 1, INTERN.member(), MENTOR.member(), 1, "Task", null, NOW, null),
                MODERATOR.member(),
                NOW);
        internship.planning().add(MENTOR, 10, "Design", null, null, NOW);
        return internship;
    }

    static Internship completed() {
        Internship internship = activeWithOneMilestone();
        internship.submit(INTERN, 10, LINK, null, NOW);
        internship.review(MENTOR, 10, Verdict.APPROVE, null, NOW);
        internship.complete(MENTOR, REVIEW, null, CREDENTIAL, NOW);
        return internship;
    }

    static String lastLine(Internship internship) {
        List<TimelineEvent> timeline = internship.timeline();
        return timeline.get(timeline.size() - 1).what();
    }
}
