package dev.atelier.core.store;

import dev.atelier.core.internship.Completion;
import dev.atelier.core.internship.Internship;
import dev.atelier.core.internship.InternshipData;
import dev.atelier.core.internship.InternshipStatus;
import dev.atelier.core.internship.Milestone;
import dev.atelier.core.internship.MilestoneStatus;
import dev.atelier.core.internship.Review;
import dev.atelier.core.internship.Submission;
import dev.atelier.core.internship.TimelineEvent;
import dev.atelier.core.internship.Verdict;
import java.net.URI;
import java.util.List;
import java.util.function.Function;

/** Converts the internship aggregate to and from its document, field by field. */
final class InternshipMapper {

    private InternshipMapper() {}

    static InternshipDocument toDocument(Internship i) {
        InternshipData d = i.data();
        return new InternshipDocument(
                InternshipKeys.id(d.communityId(), d.number()),
                d.version(),
                d.communityId(),
                d.number(),
                MemberDocument.of(d.intern()),
                MemberDocument.of(d.mentor()),
                List.of(d.intern().id(), d.mentor().id()),
                d.taskNumber(),
                d.taskTitle(),
                d.cohortName(),
                i.status().name(),
                i.workspaceChannelId(),
                each(i.milestones(), InternshipMapper::toDocument),
                each(i.timeline(), e -> new InternshipDocument.TimelineDocument(e.at(), e.by(), e.what())),
                d.createdAt(),
                each(
                        i.hours(),
                        h -> new InternshipDocument.HoursDocument(
                                h.number(), h.memberId(), h.minutes(), h.note(), h.at())),
                Completion.NONE.equals(i.completion()) ? null : CompletionMapper.toDocument(i.completion()));
    }

    static Internship toInternship(InternshipDocument doc) {
        InternshipData data = new InternshipData(
                doc.communityId(),
                doc.number(),
                doc.intern().toMember(),
                doc.mentor().toMember(),
                doc.taskNumber(),
                doc.taskTitle(),
                doc.cohortName(),
                doc.createdAt(),
                doc.version());
        return new Internship(
                data,
                InternshipStatus.valueOf(doc.status()),
                doc.workspaceChannelId(),
                each(doc.milestones(), InternshipMapper::toMilestone),
                each(doc.timeline(), e -> new TimelineEvent(e.at(), e.by(), e.what())),
                each(
                        doc.hours(),
                        h -> new dev.atelier.core.internship.HoursEntry(
                                h.number(), h.memberId(), h.minutes(), h.note(), h.at())),
                doc.completion() == null ? Completion.NONE : CompletionMapper.toCompletion(doc.completion()));
    }

    /** Maps each element; a list missing from an older document is empty. */
    static <A, B> List<B> each(List<A> list, Function<A, B> map) {
        return list == null ? List.of() : list.stream().map(map).toList();
    }

    private static MilestoneDocument toDocument(Milestone m) {
        return new MilestoneDocument(
                m.number(),
                m.title(),
                m.criteria(),
                m.due(),
                m.status().name(),
                each(
                        m.submissions(),
                        s -> new MilestoneDocument.SubmissionDocument(
                                s.link() == null ? null : s.link().toString(), s.notes(), s.by(), s.at())),
                each(
                        m.reviews(),
                        r -> new MilestoneDocument.ReviewDocument(r.verdict().name(), r.feedback(), r.by(), r.at())),
                m.estimateHours());
    }

    private static Milestone toMilestone(MilestoneDocument m) {
        return new Milestone(
                m.number(),
                m.title(),
                m.criteria(),
                m.due(),
                MilestoneStatus.valueOf(m.status()),
                each(
                        m.submissions(),
                        s -> new Submission(s.link() == null ? null : URI.create(s.link()), s.notes(), s.by(), s.at())),
                each(m.reviews(), r -> new Review(Verdict.valueOf(r.verdict()), r.feedback(), r.by(), r.at())),
                m.estimateHours());
    }
}
