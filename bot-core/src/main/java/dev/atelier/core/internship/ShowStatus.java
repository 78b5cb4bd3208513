package dev.atelier.core.internship;

import dev.atelier.core.message.Message;
import dev.atelier.core.message.Outcome;
import dev.atelier.core.shared.Requester;
import java.util.ArrayList;
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

    public ShowStatus(InternshipStore store, InternshipAccess access, InternshipFigures figures) {
        this.store = store;
        this.access = access;
        this.figures = figures;
    }

    public Outcome execute(Requester requester, Long number) {
        if (number != null) {
            return Outcome.reply(Views.plan(access.internship(requester, number)));
        }
        List<Internship> mine = store.findByMember(requester.communityId(), requester.memberId());
        List<String> lines = new ArrayList<>();
        for (Internship i : mine) {
            String role = i.isIntern(requester) ? "intern" : "mentor";
            lines.add("*#" + i.number() + " " + i.data().taskTitle() + "* — you are the " + role + " · "
                    + i.status().name().toLowerCase(Locale.ROOT) + " · " + progress(i));
            figures.linesFor(requester.communityId(), i).forEach(line -> lines.add("   " + line));
            i.milestones().stream().filter(m -> waitsFor(i, m, requester)).forEach(m -> lines.add("   ⏳ " + todo(m)));
        }
        List<Internship> earned = mine.stream()
                .filter(i -> i.isIntern(requester)
                        && i.status() == InternshipStatus.COMPLETED
                        && i.completion().credential() != null
                        && !i.completion().credential().revoked()
                        && i.completion().review() != null)
                .toList();
        if (!earned.isEmpty()) {
            lines.add("🏅 *Portfolio:* " + earned.size() + " completed micro-internship(s), average score "
                    + String.format(
                            java.util.Locale.ROOT,
                            "%.1f",
                            earned.stream()
                                    .mapToInt(i -> i.completion().review().score())
                                    .average()
                                    .orElse(0))
                    + "/10 — `portfolio` lists them with their credentials.");
        }
        if (requester.moderator()) {
            List<Internship> all = store.list(requester.communityId(), InternshipStatus.ACTIVE, MODERATOR_OVERVIEW);
            lines.add("");
            lines.add("*Active internships in this community:* " + (all.isEmpty() ? "none" : ""));
            for (Internship i : all) {
                lines.add("• #" + i.number() + " " + i.data().intern().mention() + " with "
                        + i.data().mentor().mention() + " — " + i.data().taskTitle() + " · " + progress(i));
                figures.linesFor(requester.communityId(), i).forEach(line -> lines.add("   " + line));
            }
        }
        if (lines.isEmpty()) {
            return Outcome.reply(Message.privateReply("You are not in any internship yet. A moderator pairs interns "
                    + "with mentors using `internship start`. Try `help` to see what you can do."));
        }
        return Outcome.reply(
                Message.privateReply(String.join("\n", lines).strip()).withTitle("Your status"));
    }

    private static String progress(Internship i) {
        long approved = i.milestones().stream()
                .filter(m -> m.status() == MilestoneStatus.APPROVED)
                .count();
        return approved + "/" + i.milestones().size() + " milestones approved";
    }

    private static boolean waitsFor(Internship i, Milestone m, Requester r) {
        if (i.status() != InternshipStatus.ACTIVE) {
            return false;
        }
        return i.isMentor(r)
                ? m.status() == MilestoneStatus.SUBMITTED || m.status() == MilestoneStatus.PROPOSED
                : m.status() == MilestoneStatus.CHANGES_REQUESTED;
    }

    private static String todo(Milestone m) {
        return switch (m.status()) {
            case SUBMITTED ->
                "review *" + m.label() + "*: `review " + m.number() + " approve` or `review " + m.number()
                        + " changes <feedback>`";
            case PROPOSED -> "confirm the proposal *" + m.label() + "*: `milestone confirm " + m.number() + "`";
            default -> "make the requested changes to *" + m.label() + "* and `submit " + m.number() + " <link>`";
        };
    }
}
