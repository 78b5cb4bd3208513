package dev.atelier.core.store;

import dev.atelier.core.internship.Completion;
import dev.atelier.core.internship.Internship;
import dev.atelier.core.internship.InternshipData;
import dev.atelier.core.internship.Milestone;
import dev.atelier.core.internship.Submission;
import java.net.URI;
import java.util.List;

/** Converts the internship aggregate to and from its document. */
final class InternshipMapper {

    private InternshipMapper() {}

    static InternshipDocument toDocument(Internship i) {
        InternshipData d = i.data();
        List<MilestoneDocument> milestones =
                i.milestones().stream().map(InternshipMapper::toDocument).toList();
        return new InternshipDocument(
                d.communityId() + "/" + d.number(),
                d.version(),
                d.communityId(),
                d.number(),
                d.intern(),
                d.mentor(),
                List.of(d.intern().id(), d.mentor().id()),
                d.taskNumber(),
                d.taskTitle(),
                d.cohortName(),
                i.status(),
                i.workspaceChannelId(),
                milestones,
                i.timeline(),
                d.createdAt(),
                i.hours(),
                Completion.NONE.equals(i.completion()) ? null : i.completion());
    }

    static Internship toInternship(InternshipDocument doc) {
        InternshipData data = new InternshipData(
                doc.communityId(),
                doc.number(),
                doc.intern(),
                doc.mentor(),
                doc.taskNumber(),
                doc.taskTitle(),
                doc.cohortName(),
                doc.createdAt(),
                doc.version());
        List<Milestone> milestones = doc.milestones() == null
                ? List.of()
                : doc.milestones().stream().map(InternshipMapper::toMilestone).toList();
        return new Internship(
                data,
                doc.status(),
                doc.workspaceChannelId(),
                milestones,
                doc.timeline() == null ? List.of() : doc.timeline(),
                doc.hours() == null ? List.of() : doc.hours(),
                doc.completion() == null ? Completion.NONE : doc.completion());
    }

    private static MilestoneDocument toDocument(Milestone m) {
        List<MilestoneDocument.SubmissionDocument> submissions = m.submissions().stream()
                .map(s -> new MilestoneDocument.SubmissionDocument(
                        s.link() == null ? null : s.link().toString(), s.notes(), s.by(), s.at()))
                .toList();
        return new MilestoneDocument(
                m.number(), m.title(), m.criteria(), m.due(), m.status(), submissions, m.reviews(), m.estimateHours());
    }

    private static Milestone toMilestone(MilestoneDocument m) {
        List<Submission> submissions = m.submissions() == null
                ? List.of()
                : m.submissions().stream()
                        .map(s -> new Submission(
                                s.link() == null ? null : URI.create(s.link()), s.notes(), s.by(), s.at()))
                        .toList();
        return new Milestone(
                m.number(),
                m.title(),
                m.criteria(),
                m.due(),
                m.status(),
                submissions,
                m.reviews() == null ? List.of() : m.reviews(),
                m.estimateHours());
    }
}
