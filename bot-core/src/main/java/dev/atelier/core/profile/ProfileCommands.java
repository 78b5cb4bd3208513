package dev.atelier.core.profile;

import static dev.atelier.core.command.OptionSpec.optional;
import static dev.atelier.core.command.OptionSpec.required;

import dev.atelier.core.command.Access;
import dev.atelier.core.command.CommandCatalog;
import dev.atelier.core.command.CommandSpec;
import dev.atelier.core.command.Feature;
import dev.atelier.core.command.OptionType;
import dev.atelier.core.portfolio.Portfolio;
import java.time.Clock;
import java.util.List;

/** Catalog entries for profiles, pauses and don't-pair lists: every member manages their own. */
public final class ProfileCommands implements Feature {

    private final UseCases u;

    /** With the portfolio a profile shows and who follows a member's time zone change (the check-in schedule). */
    public ProfileCommands(ProfileStore profiles, Portfolio portfolio, ZoneChanged zoneChanged, Clock clock) {
        this.u = new UseCases(
                new ShowProfile(profiles, portfolio),
                new EditProfile(profiles, zoneChanged),
                new ChangeDontPairList(profiles),
                new PausePairing(profiles, clock));
    }

    @Override
    public void register(CommandCatalog catalog) {
        catalog.add(
                new CommandSpec(
                        "profile",
                        "show",
                        "Show your profile (moderators: anyone's)",
                        Access.EVERYONE,
                        List.of(optional("member", OptionType.MEMBER, "Whose profile (moderators)")),
                        "profile show"),
                (ctx, o) -> u.show.execute(ctx.requester(), o.member("member")));
        catalog.add(
                new CommandSpec(
                        "profile", "edit", "Edit your profile in forms", Access.EVERYONE, List.of(), "profile edit"),
                (ctx, o) -> u.edit.forms(ctx.requester()));
        catalog.add(
                new CommandSpec(
                        "profile",
                        "set",
                        "Change parts of your profile",
                        Access.EVERYONE,
                        List.of(
                                optional("skills", OptionType.TEXT, "Skills with levels 1-5, such as java:4, sql:2"),
                                optional("learning", OptionType.TEXT, "Skills you want to learn, comma separated"),
                                optional("career", OptionType.LONG_TEXT, "Career goals, such as backend developer")
                                        .maxLength(300),
                                optional("timezone", OptionType.TEXT, "Time zone, such as Europe/Paris or UTC+2")
                                        .maxLength(40),
                                optional("window", OptionType.TEXT, "Working hours, local, such as 9-17")
                                        .maxLength(10),
                                optional("hours", OptionType.INTEGER, "Hours a week you have for this"),
                                optional("bio", OptionType.LONG_TEXT, "A short bio")
                                        .maxLength(300),
                                optional("expertise", OptionType.TEXT, "Mentors: what you can teach, comma separated"),
                                optional("capacity", OptionType.INTEGER, "Mentors: interns at once")),
                        "profile set skills:\"java:4, sql:2\" learning:go timezone:Europe/Paris window:9-17"),
                (ctx, o) -> u.edit.execute(new EditProfile.Command(
                        ctx.requester(),
                        new Profile.Changes(
                                o.text("skills"),
                                o.text("learning"),
                                o.text("career"),
                                o.text("timezone"),
                                o.text("window"),
                                o.number("hours"),
                                o.text("bio"),
                                o.text("expertise"),
                                o.number("capacity")))));
        catalog.add(
                CommandSpec.onMember(
                        "profile", "avoid", "Never pair me with this member", Access.EVERYONE, "profile avoid @dave"),
                (ctx, o) -> u.dontPair.avoid(ctx.requester(), o.member("member")));
        catalog.add(
                CommandSpec.onMember(
                        "profile",
                        "allow",
                        "Take a member off your don't-pair list",
                        Access.EVERYONE,
                        "profile allow @dave"),
                (ctx, o) -> u.dontPair.allow(ctx.requester(), o.member("member")));
        catalog.add(
                new CommandSpec(
                        "pause",
                        "until",
                        "Do not pair me until a date",
                        Access.EVERYONE,
                        List.of(required("date", OptionType.DATE, "Last day of the pause, YYYY-MM-DD")),
                        "pause until 2027-01-15"),
                (ctx, o) -> u.pause.until(ctx.requester(), o.date("date")));
        catalog.add(
                new CommandSpec(
                        "pause",
                        "end",
                        "End your pause: you can be paired again",
                        Access.EVERYONE,
                        List.of(),
                        "pause end"),
                (ctx, o) -> u.pause.end(ctx.requester()));
    }

    /** The use cases these commands call. */
    record UseCases(ShowProfile show, EditProfile edit, ChangeDontPairList dontPair, PausePairing pause) {}
}
