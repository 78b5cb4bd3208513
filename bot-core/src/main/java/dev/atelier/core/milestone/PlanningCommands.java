package dev.atelier.core.milestone;

import static dev.atelier.core.command.OptionSpec.optional;
import static dev.atelier.core.command.OptionSpec.required;

import dev.atelier.core.command.Access;
import dev.atelier.core.command.CommandCatalog;
import dev.atelier.core.command.CommandSpec;
import dev.atelier.core.command.Context;
import dev.atelier.core.command.Feature;
import dev.atelier.core.command.OptionSpec;
import dev.atelier.core.command.OptionType;
import dev.atelier.core.command.Options;
import dev.atelier.core.internship.InternshipAccess;
import dev.atelier.core.internship.InternshipStore;
import dev.atelier.core.planfit.CheckPlan;
import dev.atelier.core.planfit.PlanFitNotice;
import java.time.Clock;
import java.util.List;

/** Planning milestones: {@code milestone add|edit|list|remove|propose|confirm|start}. */
public final class PlanningCommands implements Feature {

    private static final OptionSpec INTERNSHIP = required("internship", OptionType.INTERNSHIP, "The internship number");

    private static final OptionSpec MILESTONE = required("milestone", OptionType.MILESTONE, "The milestone number");

    private static final OptionSpec TITLE = required("title", OptionType.TEXT, "What the milestone delivers")
            .maxLength(100)
            .restOfLine();

    private static final OptionSpec CRITERIA = optional(
                    "criteria", OptionType.LONG_TEXT, "How the mentor will know it is done")
            .maxLength(1000);

    private static final OptionSpec DUE = optional("due", OptionType.DATE, "Due date, YYYY-MM-DD");

    private static final OptionSpec ESTIMATE =
            optional("estimate", OptionType.INTEGER, "Hours it should take (default: a share of the task's hours)");

    private final UseCases u;
    private final InternshipAccess access;

    /** With the plan check that warns when milestones outgrow the task's hours. */
    public PlanningCommands(InternshipStore internships, CheckPlan plan, Clock clock) {
        this.access = new InternshipAccess(internships);
        this.u = new UseCases(
                new AddMilestone(access, internships, clock),
                new ProposeMilestone(access, internships, clock),
                new ChangeMilestone(access, clock),
                new ListMilestones(access, internships),
                new PlanFitNotice(plan, internships));
    }

    @Override
    public void register(CommandCatalog catalog) {
        catalog.add(
                new CommandSpec(
                        "milestone",
                        "add",
                        "Add a milestone to an internship (mentor)",
                        Access.EVERYONE,
                        List.of(INTERNSHIP, TITLE, CRITERIA, DUE, ESTIMATE),
                        "milestone add 1 \"Checkout page\" \"Pays with a test card\" 2026-12-15 8"),
                (ctx, o) -> u.fit.afterInternship(
                        u.addMilestone.execute(draft(ctx, o)), ctx.requester(), o.number("internship")),
                (ctx, o) -> access.internship(ctx.requester(), o.number("internship"))
                        .checkPlanner(ctx.requester(), "add milestones"));
        catalog.add(
                new CommandSpec(
                        "milestone",
                        "edit",
                        "Change a milestone's title, criteria or due date (mentor)",
                        Access.EVERYONE,
                        List.of(
                                MILESTONE,
                                optional("title", OptionType.TEXT, "New title").maxLength(100),
                                CRITERIA,
                                DUE,
                                ESTIMATE),
                        "milestone edit 2 due:2026-12-20"),
                (ctx, o) -> u.fit.afterMilestone(
                        u.changeMilestone.edit(
                                ctx.requester(),
                                o.number("milestone"),
                                o.text("title"),
                                o.text("criteria"),
                                o.date("due"),
                                o.number("estimate")),
                        ctx.requester(),
                        o.number("milestone")));
        catalog.add(
                new CommandSpec(
                        "milestone",
                        "list",
                        "Show the milestones of an internship",
                        Access.EVERYONE,
                        List.of(optional("internship", OptionType.INTERNSHIP, "The internship number")),
                        "milestone list 1"),
                (ctx, o) -> u.listMilestones.execute(ctx.requester(), o.number("internship")));
        catalog.add(
                new CommandSpec(
                        "milestone",
                        "remove",
                        "Remove a milestone without submissions (mentor)",
                        Access.EVERYONE,
                        List.of(MILESTONE),
                        "milestone remove 2"),
                (ctx, o) -> u.changeMilestone.remove(ctx.requester(), o.number("milestone")));
        catalog.add(
                new CommandSpec(
                        "milestone",
                        "propose",
                        "Propose a milestone for your mentor to confirm (intern)",
                        Access.EVERYONE,
                        List.of(INTERNSHIP, TITLE, CRITERIA, DUE, ESTIMATE),
                        "milestone propose 1 \"Write tests\""),
                (ctx, o) -> u.fit.afterInternship(
                        u.proposeMilestone.execute(draft(ctx, o)), ctx.requester(), o.number("internship")),
                (ctx, o) -> access.internship(ctx.requester(), o.number("internship"))
                        .checkIntern(ctx.requester(), "propose milestones"));
        catalog.add(
                new CommandSpec(
                        "milestone",
                        "confirm",
                        "Confirm a milestone your intern proposed (mentor)",
                        Access.EVERYONE,
                        List.of(MILESTONE),
                        "milestone confirm 3"),
                (ctx, o) -> u.fit.afterMilestone(
                        u.changeMilestone.confirm(ctx.requester(), o.number("milestone")),
                        ctx.requester(),
                        o.number("milestone")));
        catalog.add(
                new CommandSpec(
                        "milestone",
                        "start",
                        "Mark a planned milestone as in progress (intern)",
                        Access.EVERYONE,
                        List.of(MILESTONE),
                        "milestone start 2"),
                (ctx, o) -> u.changeMilestone.start(ctx.requester(), o.number("milestone")));
    }

    /** The milestone {@code milestone add} and {@code milestone propose} describe, with the same options. */
    private static AddMilestone.Command draft(Context ctx, Options o) {
        return new AddMilestone.Command(
                ctx.requester(),
                o.number("internship"),
                o.text("title"),
                o.text("criteria"),
                o.date("due"),
                o.number("estimate"));
    }

    /** The use cases these commands call. */
    record UseCases(
            AddMilestone addMilestone,
            ProposeMilestone proposeMilestone,
            ChangeMilestone changeMilestone,
            ListMilestones listMilestones,
            PlanFitNotice fit) {}
}
