package dev.atelier.core.moderation;

import dev.atelier.core.command.Context;
import dev.atelier.core.community.Member;
import dev.atelier.core.enrolment.CohortRosters;
import dev.atelier.core.enrolment.Role;
import dev.atelier.core.enrolment.Roster;
import dev.atelier.core.internship.Internship;
import dev.atelier.core.internship.InternshipStatus;
import dev.atelier.core.internship.InternshipStore;
import dev.atelier.core.message.Button;
import dev.atelier.core.message.ButtonStyle;
import dev.atelier.core.message.CommandHint;
import dev.atelier.core.message.Destination;
import dev.atelier.core.message.Message;
import dev.atelier.core.message.Notification;
import dev.atelier.core.message.Outcome;
import dev.atelier.core.message.Text;
import dev.atelier.core.profile.ProfileGaps;
import dev.atelier.core.question.Question;
import dev.atelier.core.question.QuestionStore;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What follows the commands that need a moderator's eye: a declined pairing, a withdrawn or closed
 * internship (whose unresolved questions close with it) and a member waiting for approval reach the
 * moderators once; an approved member is told. Platform moderators who act are remembered as recipients.
 */
public final class ModeratorLoop {

    private final ModeratorNotices notices;
    private final ModeratorSightings sightings;
    private final InternshipStore internships;
    private final QuestionStore questions;
    private final CohortRosters rosters;
    private final ProfileGaps gaps;
    private final Clock clock;

    public ModeratorLoop(
            ModeratorNotices notices,
            ModeratorSightings sightings,
            InternshipStore internships,
            QuestionStore questions,
            CohortRosters rosters,
            ProfileGaps gaps,
            Clock clock) {
        this.gaps = gaps;
        this.notices = notices;
        this.sightings = sightings;
        this.internships = internships;
        this.questions = questions;
        this.rosters = rosters;
        this.clock = clock;
    }

    /** A member the platform calls a moderator ran a command: remember them as a recipient of notices. */
    public Outcome sawActing(Context context, Outcome outcome) {
        if (context.caller().actor().platformModerator()) {
            sightings.saw(
                    context.caller().community().id(), context.caller().actor().id(), clock.instant());
        }
        return outcome;
    }

    /** Internship {@code number} was withdrawn or closed ({@code verb}): its open questions close, moderators hear. */
    public Outcome ended(Context context, long number, String verb, String reason, Outcome outcome) {
        String communityId = context.caller().community().id();
        Optional<Internship> found = internships
                .find(communityId, number)
                .filter(i -> i.status() == InternshipStatus.WITHDRAWN || i.status() == InternshipStatus.CLOSED);
        if (found.isEmpty()) {
            return outcome;
        }
        Internship internship = found.get();
        int closed = 0;
        for (Question question : questions.ofInternship(communityId, number)) {
            if (question.closeWithInternship(clock.instant())) {
                questions.save(question);
                closed++;
            }
        }
        Text.Builder body = Text.builder()
                .plain("⏹️ ")
                .quiet(context.caller().actor().member())
                .plain(" " + verb + " internship #" + internship.number() + " (")
                .quiet(internship.data().intern())
                .plain(" with mentor ")
                .quiet(internship.data().mentor())
                .plain("): ")
                .user(reason)
                .plain(".");
        if (closed > 0) {
            body.plain(" " + closed + (closed == 1 ? " open question" : " open questions") + " closed with it.");
        }
        Message notice = Message.publicReply(body.build())
                .withTitle("Internship #" + internship.number() + " " + (verb.equals("withdrew") ? "withdrawn" : verb));
        return with(
                outcome,
                notices.tell(
                        context.caller().community(),
                        internship.data().cohortName(),
                        context.caller().actor().id(),
                        notice));
    }

    /** The caller declined the pairing proposed in {@code cohortName}. */
    public Outcome declined(Context context, String cohortName, Outcome outcome) {
        String cohort =
                rosters.cohort(context.caller().community().id(), cohortName).name();
        Message notice = Message.publicReply(Text.builder()
                        .plain("↩️ ")
                        .quiet(context.caller().actor().member())
                        .plain(" declined the pairing proposed in ")
                        .bold(cohort)
                        .plain(". See the plan with ")
                        .command(CommandHint.of("pair preview").with("cohort", cohort))
                        .plain(".")
                        .build())
                .withTitle("Pairing declined in " + cohort);
        return with(
                outcome,
                notices.tell(
                        context.caller().community(),
                        cohort,
                        context.caller().actor().id(),
                        notice));
    }

    /** The caller asked to join {@code cohortName}: when it waits for approval, moderators get an Approve button. */
    public Outcome joined(Context context, String cohortName, Outcome outcome) {
        String communityId = context.caller().community().id();
        Roster roster = rosters.roster(communityId, cohortName);
        Member member = context.caller().actor().member();
        Optional<Roster.Enrollee> enrollee = roster.find(member.id());
        if (enrollee.isEmpty() || enrollee.get().approved()) {
            return outcome;
        }
        Message notice = Message.publicReply(Text.builder()
                        .quiet(member)
                        .plain(" waits for approval to join ")
                        .bold(roster.cohortName())
                        .plain(" as " + enrollee.get().role().label() + ".")
                        .build())
                .withTitle("Waiting for approval")
                .withButtons(List.of(Button.of(
                        "Approve",
                        ButtonStyle.SUCCESS,
                        "cohort approve \"" + roster.cohortName() + "\" <@" + member.id() + ">")));
        return with(outcome, notices.tell(context.caller().community(), roster.cohortName(), member.id(), notice));
    }

    /** A moderator approved {@code member} in {@code cohortName}: the member is told. */
    public Outcome approved(Context context, String cohortName, Member member, Outcome outcome) {
        Roster roster = rosters.roster(context.caller().community().id(), cohortName);
        if (member.id().equals(context.caller().actor().id())) {
            return outcome;
        }
        Optional<Roster.Enrollee> enrollee = roster.find(member.id());
        String role = enrollee.map(e -> " as " + e.role().label()).orElse("");
        Message told = gaps.remind(
                Message.publicReply(Text.builder()
                        .plain("✅ You are in ")
                        .bold(roster.cohortName())
                        .plain(role + ".")
                        .build()),
                roster.communityId(),
                member.id(),
                enrollee.filter(e -> e.role() == Role.MENTOR).isPresent());
        return with(outcome, List.of(Notification.to(Destination.direct(member.id()), told)));
    }

    private static Outcome with(Outcome outcome, List<Notification> more) {
        if (more.isEmpty() || outcome.isModal()) {
            return outcome;
        }
        List<Notification> all = new ArrayList<>(outcome.notifications());
        all.addAll(more);
        return Outcome.reply(outcome.reply(), all);
    }
}
