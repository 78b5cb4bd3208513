package dev.atelier.core.completion;

import dev.atelier.core.credential.CredentialLinks;
import dev.atelier.core.credential.IssueCredential;
import dev.atelier.core.internship.FinalReview;
import dev.atelier.core.internship.Internship;
import dev.atelier.core.internship.InternshipAccess;
import dev.atelier.core.internship.IssuedCredential;
import dev.atelier.core.internship.Notices;
import dev.atelier.core.internship.Views;
import dev.atelier.core.message.Button;
import dev.atelier.core.message.ButtonStyle;
import dev.atelier.core.message.Field;
import dev.atelier.core.message.Message;
import dev.atelier.core.message.Notification;
import dev.atelier.core.message.Outcome;
import dev.atelier.core.message.Text;
import dev.atelier.core.pay.PaySplit;
import dev.atelier.core.pay.PayStatement;
import dev.atelier.core.pay.SplitRule;
import dev.atelier.core.pay.SplitRuleStore;
import dev.atelier.core.shared.Rejected;
import dev.atelier.core.shared.Requester;
import dev.atelier.core.task.Task;
import dev.atelier.core.task.TaskStore;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The mentor (or a moderator) completes an internship whose milestones are all approved, with a
 * final review. In the same save the pay statement is computed and the credential is signed.
 */
public final class CompleteInternship {

    private final InternshipAccess access;
    private final TaskStore tasks;
    private final SplitRuleStore rules;
    private final IssueCredential credentials;
    private final CredentialLinks links;
    private final Clock clock;

    public CompleteInternship(
            InternshipAccess access, TaskStore tasks, SplitRuleStore rules, IssueCredential credentials, Clock clock) {
        this.access = access;
        this.tasks = tasks;
        this.rules = rules;
        this.credentials = credentials;
        this.links = credentials.links();
        this.clock = clock;
    }

    public record Command(
            Requester requester,
            long internship,
            Long score,
            List<String> skills,
            String strengths,
            String endorsement) {

        public Command {
            if (score == null) {
                throw new Rejected("Give a quality score from 1 to 10.");
            }
            if (score < 1 || score > 10) {
                throw new Rejected("The quality score is a whole number from 1 to 10, not " + score + ".");
            }
            skills = List.copyOf(skills);
        }
    }

    /** Refuses before the final-review form opens when the internship cannot complete now. */
    public void check(Requester requester, long number) {
        access.internship(requester, number).checkCompletable(requester);
    }

    public Outcome execute(Command c) {
        Instant now = clock.instant();
        Internship internship = access.internship(c.requester(), c.internship());
        internship.checkCompletable(c.requester());
        FinalReview review = new FinalReview(
                c.score().intValue(),
                c.skills(),
                c.strengths(),
                c.endorsement(),
                c.requester().memberId(),
                now);
        PayStatement statement = statement(internship);
        IssuedCredential credential =
                credentials.issue(internship, review, c.requester().community().name(), now);
        String id = credential.id();
        internship.complete(c.requester(), review, statement, credential, now);
        internship = access.save(internship);
        return Outcome.reply(reply(internship, statement, id), notifications(internship, id));
    }

    private PayStatement statement(Internship i) {
        Task task = tasks.find(i.data().communityId(), i.data().taskNumber()).orElse(null);
        if (task == null || task.budget() == null) {
            return null;
        }
        SplitRule rule = i.data().cohortName() == null
                ? SplitRule.DEFAULT
                : rules.find(i.data().communityId(), i.data().cohortName()).orElse(SplitRule.DEFAULT);
        return PaySplit.compute(
                task.budget(),
                rule,
                i.data().intern(),
                i.minutesOf(i.data().intern().id()),
                i.data().mentor(),
                i.minutesOf(i.data().mentor().id()));
    }

    private Message reply(Internship i, PayStatement statement, String id) {
        List<Field> fields = new ArrayList<>();
        fields.add(Field.wide("Credential", Statements.credential(links.credential(id))));
        if (statement != null) {
            fields.add(Statements.pay(statement));
        }
        return Message.privateReply(Text.builder()
                        .plain("🎉 Internship #" + i.number() + " is complete; ")
                        .quiet(i.data().intern())
                        .plain(" received a signed credential.")
                        .build())
                .withFields(fields);
    }

    private List<Notification> notifications(Internship i, String id) {
        Message news = Message.publicReply(Text.builder()
                        .plain("🎉 ")
                        .member(i.data().intern())
                        .plain(" delivered every milestone of ")
                        .bold(i.data().taskTitle())
                        .plain(". Congratulations!")
                        .build())
                .withTitle(Views.title(i))
                .withFields(Statements.fields(i, links.credential(id)));
        List<Notification> out = new ArrayList<>(Notices.workspace(i, news));
        out.add(Notices.direct(
                i,
                i.data().intern(),
                Message.publicReply(Text.builder()
                                .plain("🏅 Your credential for ")
                                .bold(i.data().taskTitle())
                                .plain(" is ready: ")
                                .link(links.credential(id), "your credential")
                                .plain(". Anyone can verify it. How was your mentorship? Only moderators see your "
                                        + "rating; the mentor's score stays off your credential's page unless you "
                                        + "show it.")
                                .build())
                        .withButtons(List.of(
                                Button.asking(
                                        "Rate the mentorship",
                                        ButtonStyle.PRIMARY,
                                        "internship rate " + i.number(),
                                        "rating",
                                        "comment"),
                                Button.of(
                                        "Show my score on the page",
                                        ButtonStyle.SECONDARY,
                                        "credential score " + id + " show")))));
        return out;
    }
}
