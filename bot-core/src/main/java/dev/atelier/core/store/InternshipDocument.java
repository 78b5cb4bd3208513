package dev.atelier.core.store;

import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One internship with its milestones, submissions, reviews and timeline: the aggregate is one
 * document, saved whole under optimistic locking. Its id is {@code communityId/number};
 * {@code memberIds} holds the intern and the mentor for exports and erasure. Hours entries and the
 * completion (final review, pay statement, credential, rating) live inside it too: they are bounded,
 * read with the internship, and must change atomically with its status. Statuses are enum names.
 */
@Document("internships")
record InternshipDocument(
        @Id String id,
        @Version Long version,
        String communityId,
        long number,
        MemberDocument intern,
        MemberDocument mentor,
        List<String> memberIds,
        long taskNumber,
        String taskTitle,
        String cohortName,
        String status,
        String workspaceChannelId,
        List<MilestoneDocument> milestones,
        List<TimelineDocument> timeline,
        Instant createdAt,
        List<HoursDocument> hours,
        CompletionDocument completion) {

    /** One line of the history: who did what, when. */
    record TimelineDocument(Instant at, String by, String what) {}

    /** Time one person logged, numbered across the community. */
    record HoursDocument(long number, String memberId, int minutes, String note, Instant at) {}
}
