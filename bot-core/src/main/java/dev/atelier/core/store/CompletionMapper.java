package dev.atelier.core.store;

import static dev.atelier.core.store.InternshipMapper.each;

import dev.atelier.core.internship.Completion;
import dev.atelier.core.internship.FinalReview;
import dev.atelier.core.internship.IssuedCredential;
import dev.atelier.core.internship.MentorshipRating;
import dev.atelier.core.pay.PayStatement;
import dev.atelier.core.pay.Share;
import dev.atelier.core.store.CompletionDocument.CredentialDocument;
import dev.atelier.core.store.CompletionDocument.FinalReviewDocument;
import dev.atelier.core.store.CompletionDocument.PayStatementDocument;
import dev.atelier.core.store.CompletionDocument.RatingDocument;
import dev.atelier.core.store.CompletionDocument.ShareDocument;

/** Converts an internship's completion to and from its part of the document. */
final class CompletionMapper {

    private CompletionMapper() {}

    static CompletionDocument toDocument(Completion c) {
        FinalReview r = c.review();
        PayStatement p = c.statement();
        IssuedCredential k = c.credential();
        MentorshipRating m = c.rating();
        return new CompletionDocument(
                r == null
                        ? null
                        : new FinalReviewDocument(
                                r.score(), r.skills(), r.strengths(), r.endorsement(), r.by(), r.at()),
                p == null
                        ? null
                        : new PayStatementDocument(
                                BudgetDocument.of(p.budget()),
                                p.rule(),
                                each(
                                        p.shares(),
                                        s -> new ShareDocument(
                                                s.role(), s.memberId(), s.memberName(), s.minutes(), s.minorUnits()))),
                k == null
                        ? null
                        : new CredentialDocument(
                                k.id(),
                                k.token(),
                                k.issuedAt(),
                                k.revokedAt(),
                                k.revokedBy(),
                                k.revokedReason(),
                                k.statusList(),
                                k.statusIndex(),
                                k.scoreShown()),
                m == null ? null : new RatingDocument(m.rating(), m.comment(), m.at()),
                c.endReason());
    }

    static Completion toCompletion(CompletionDocument d) {
        FinalReviewDocument r = d.review();
        PayStatementDocument p = d.statement();
        CredentialDocument k = d.credential();
        RatingDocument m = d.rating();
        return new Completion(
                r == null
                        ? null
                        : new FinalReview(
                                r.score(), each(r.skills(), s -> s), r.strengths(), r.endorsement(), r.by(), r.at()),
                p == null
                        ? null
                        : new PayStatement(
                                BudgetDocument.toBudget(p.budget()),
                                p.rule(),
                                each(
                                        p.shares(),
                                        s -> new Share(
                                                s.role(), s.memberId(), s.memberName(), s.minutes(), s.minorUnits()))),
                k == null
                        ? null
                        : new IssuedCredential(
                                k.id(),
                                k.token(),
                                k.issuedAt(),
                                k.revokedAt(),
                                k.revokedBy(),
                                k.revokedReason(),
                                k.statusList(),
                                k.statusIndex(),
                                k.scoreShown()),
                m == null ? null : new MentorshipRating(m.rating(), m.comment(), m.at()),
                d.endReason());
    }
}
