package dev.atelier.core.store;

import dev.atelier.core.community.Member;
import dev.atelier.core.internship.Completion;
import dev.atelier.core.internship.HoursEntry;
import dev.atelier.core.internship.InternshipStatus;
import dev.atelier.core.internship.TimelineEvent;
import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One internship with its milestones, submissions, reviews and timeline: the aggregate is one
 * document, saved whole under optimistic locking. Its id is {@code communityId/number};
 * {@code memberIds} holds the intern and the mentor for lookups. Hours entries and the completion
 * (final review, pay statement, credential, rating) live inside it too: they are bounded, read
 * with the internship, and must change atomically with its status.
 */
@Document("internships")
record InternshipDocument(
        @Id String id,
        @Version Long version,
        String communityId,
        long number,
        Member intern,
        Member mentor,
        List<String> memberIds,
        long taskNumber,
        String taskTitle,
        String cohortName,
        InternshipStatus status,
        String workspaceChannelId,
        List<MilestoneDocument> milestones,
        List<TimelineEvent> timeline,
        Instant createdAt,
        List<HoursEntry> hours,
        Completion completion) {}
