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
import java.util.function.Function;

/** Converts an internship's completion to and from its part of the document; a part not there stays null. */
final class CompletionMapper {

    private CompletionMapper() {}

    static CompletionDocument toDocument(Completion c) {
        return new CompletionDocument(
                orNull(c.review(), CompletionMapper::toDocument),
                orNull(c.statement(), CompletionMapper::toDocument),
                orNull(c.credential(), CompletionMapper::toDocument),
                orNull(c.rating(), m -> new RatingDocument(m.rating(), m.comment(), m.at())),
                c.endReason());
    }

    static Completion toCompletion(CompletionDocument d) {
        return new Completion(
                orNull(d.review(), CompletionMapper::toReview),
                orNull(d.statement(), CompletionMapper::toStatement),
                orNull(d.credential(), CompletionMapper::toCredential),
                orNull(d.rating(), m -> new MentorshipRating(m.rating(), m.comment(), m.at())),
                d.endReason());
    }

    private static FinalReviewDocument toDocument(FinalReview r) {
        return new FinalReviewDocument(r.score(), r.skills(), r.strengths(), r.endorsement(), r.by(), r.at());
    }

    private static FinalReview toReview(FinalReviewDocument r) {
        return new FinalReview(r.score(), each(r.skills(), s -> s), r.strengths(), r.endorsement(), r.by(), r.at());
    }

    private static PayStatementDocument toDocument(PayStatement p) {
        return new PayStatementDocument(
                BudgetDocument.of(p.budget()),
                p.rule(),
                each(
                        p.shares(),
                        s -> new ShareDocument(s.role(), s.memberId(), s.memberName(), s.minutes(), s.minorUnits())));
    }

    private static PayStatement toStatement(PayStatementDocument p) {
        return new PayStatement(
                BudgetDocument.toBudget(p.budget()),
                p.rule(),
                each(p.shares(), s -> new Share(s.role(), s.memberId(), s.memberName(), s.minutes(), s.minorUnits())));
    }

    private static CredentialDocument toDocument(IssuedCredential k) {
        return new CredentialDocument(
                k.id(),
                k.token(),
                k.issuedAt(),
                k.revokedAt(),
                k.revokedBy(),
                k.revokedReason(),
                k.statusList(),
                k.statusIndex(),
                k.scoreShown());
    }

    private static IssuedCredential toCredential(CredentialDocument k) {
        return new IssuedCredential(
                k.id(),
                k.token(),
                k.issuedAt(),
                k.revokedAt(),
                k.revokedBy(),
                k.revokedReason(),
                k.statusList(),
                k.statusIndex(),
                k.scoreShown());
    }

    private static <A, B> B orNull(A part, Function<A, B> map) {
        return part == null ? null : map.apply(part);
    }
}
