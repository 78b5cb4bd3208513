package dev.atelier.core.internship;

import dev.atelier.core.message.CommandHint;
import dev.atelier.core.message.Message;
import dev.atelier.core.message.Outcome;
import dev.atelier.core.message.Text;
import dev.atelier.core.shared.Plural;
import dev.atelier.core.shared.Requester;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * {@code status}: with a number, that internship's plan; without, what the requester takes part in
 * and what waits for them (submissions to review, changes to make), and for moderators the
 * community's active internships.
 */
public final class ShowStatus {

    private static final int MODERATOR_OVERVIEW = 20;

    private final InternshipStore store;
    private final InternshipAccess access;
    private final InternshipFigures figures;
    private final Clock clock;

    public ShowStatus(InternshipStore store, InternshipAccess access, InternshipFigures figures, Clock clock) {
        this.store = store;
        this.access = access;
        this.figures = figures;
        this.clock = clock;
    }

    public Outcome execute(Requester requester, Long number) {
        if (number != null) {
            return Outcome.reply(Views.plan(access.internship(requester, number)));
        }
        LocalDate today = LocalDate.now(clock);
        List<Internship> mine = store.findByMember(requester.communityId(), requester.memberId());
        Text.Builder text = Text.builder();
        for (Internship i : mine) {
            String role = i.isIntern(requester) ? "intern" : "mentor";
            text.bullet()
                    .bold("#" + i.number() + " " + i.data().taskTitle())
                    .plain(" — you are the " + role + " · " + i.status().name().toLowerCase(Locale.ROOT) + " · "
                            + PairProgress.of(i, today).summary());
            figures.linesFor(requester.communityId(), i)
                    .forEach(line -> text.line().plain("   ").text(line));
            i.milestones().stream()
                    .filter(m -> waitsFor(i, m, requester))
                    .forEach(m -> text.line().plain("   ⏳ ").text(todo(m)));
        }
        List<Internship> earned = mine.stream()
                .filter(i -> i.isIntern(requester)
                        && i.status() == InternshipStatus.COMPLETED
                        && i.completion().credential() != null
                        && !i.completion().credential().revoked()
                        && i.completion().review() != null)
                .toList();
        if (!earned.isEmpty()) {
            double average = earned.stream()
                    .mapToInt(i -> i.completion().review().score())
                    .average()
                    .orElse(0);
            text.line()
                    .plain("🏅 ")
                    .bold("Portfolio:")
                    .plain(" " + Plural.of(earned.size(), "completed micro-internship") + ", average score "
                            + String.format(Locale.ROOT, "%.1f", average) + "/10 — ")
                    .command("portfolio")
                    .plain(" lists them with their credentials.");
        }
        if (requester.moderator()) {
            List<Internship> all = store.list(requester.communityId(), InternshipStatus.ACTIVE, MODERATOR_OVERVIEW);
            if (!text.isEmpty()) {
                text.paragraph();
            }
            text.bold("Active internships in this community:").plain(all.isEmpty() ? " none" : "");
            for (Internship i : all) {
                text.bullet()
                        .plain("#" + i.number() + " ")
                        .quiet(i.data().intern())
                        .plain(" with ")
                        .quiet(i.data().mentor())
                        .plain(" — ")
                        .user(i.data().taskTitle())
                        .plain(" · " + PairProgress.of(i, today).summary());
                figures.linesFor(requester.communityId(), i)
                        .forEach(line -> text.line().plain("   ").text(line));
            }
        }
        if (text.isEmpty()) {
            return Outcome.reply(Message.privateReply(Text.builder()
                    .plain("You are not in any internship yet. A moderator pairs interns with mentors. ")
                    .command("help")
                    .plain(" shows what you can do.")
                    .build()));
        }
        return Outcome.reply(Message.privateReply(text.build()).withTitle("Your status"));
    }

    private static boolean waitsFor(Internship i, Milestone m, Requester r) {
        if (i.status() != InternshipStatus.ACTIVE) {
            return false;
        }
        return i.isMentor(r)
                ? m.status() == MilestoneStatus.SUBMITTED || m.status() == MilestoneStatus.PROPOSED
                : m.status() == MilestoneStatus.CHANGES_REQUESTED;
    }

    private static Text todo(Milestone m) {
        Text.Builder text = Text.builder();
        return switch (m.status()) {
            case SUBMITTED ->
                text.plain("review ")
                        .bold(m.label())
                        .plain(": ")
                        .command(CommandHint.of("review")
                                .with("milestone", m.number())
                                .with("verdict", "approve"))
                        .plain(" or ")
                        .command(CommandHint.of("review")
                                .with("milestone", m.number())
                                .with("verdict", "changes")
                                .placeholder("feedback"))
                        .build();
            case PROPOSED ->
                text.plain("confirm the proposal ")
                        .bold(m.label())
                        .plain(": ")
                        .command(CommandHint.of("milestone confirm").with("milestone", m.number()))
                        .build();
            default ->
                text.plain("make the requested changes to ")
                        .bold(m.label())
                        .plain(" and ")
                        .command(CommandHint.of("submit")
                                .with("milestone", m.number())
                                .placeholder("link"))
                        .build();
        };
    }
}
