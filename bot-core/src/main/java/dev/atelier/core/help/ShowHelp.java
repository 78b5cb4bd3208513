package dev.atelier.core.help;

import dev.atelier.core.command.Access;
import dev.atelier.core.command.CommandCatalog;
import dev.atelier.core.command.CommandSpec;
import dev.atelier.core.command.OptionSpec;
import dev.atelier.core.internship.Internship;
import dev.atelier.core.internship.InternshipStatus;
import dev.atelier.core.internship.InternshipStore;
import dev.atelier.core.message.CommandHint;
import dev.atelier.core.message.Message;
import dev.atelier.core.message.Outcome;
import dev.atelier.core.message.Text;
import dev.atelier.core.shared.Rejected;
import dev.atelier.core.shared.Requester;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * {@code help}: what this person can do now, grouped by the part they play (intern, mentor,
 * moderator, newcomer), in a few lines; {@code help <command>} explains one command. Commands are
 * {@link CommandHint hints}, so each platform shows them as its members type them.
 */
public final class ShowHelp {

    private static final List<String> INTERN = List.of("submit", "ask", "log", "checkin answer", "milestone propose");
    private static final List<String> MENTOR = List.of("queue", "review", "milestone add", "resolve");
    private static final List<String> MODERATOR =
            List.of("internship start", "cohort create", "task add", "cohort health", "dashboard");
    private static final List<String> NEWCOMER = List.of("profile edit", "cohort join", "status");

    private static final Pattern ROLES_NOTE =
            Pattern.compile("\\s*\\((?:(?:interns?|mentors?|moderators?)(?:,\\s*|\\s+or\\s+|\\s+and\\s+)?)+\\)$");

    private final CommandCatalog catalog;
    private final InternshipStore internships;

    public ShowHelp(CommandCatalog catalog, InternshipStore internships) {
        this.catalog = catalog;
        this.internships = internships;
    }

    public Outcome execute(Requester requester, String topic) {
        if (topic != null && !topic.isBlank()) {
            return Outcome.reply(detail(
                    topic.strip()
                            .replaceFirst("^/", "")
                            .replaceFirst("^atelier ", "")
                            .toLowerCase(Locale.ROOT),
                    requester.moderator()));
        }
        List<Internship> active = internships.findByMember(requester.communityId(), requester.memberId()).stream()
                .filter(i -> i.status() == InternshipStatus.ACTIVE)
                .toList();
        boolean intern = active.stream().anyMatch(i -> i.isIntern(requester));
        boolean mentor = active.stream().anyMatch(i -> i.isMentor(requester));
        Text.Builder text = Text.builder();
        if (intern) {
            group(text, "As an intern", INTERN);
        }
        if (mentor) {
            group(text, "As a mentor", MENTOR);
        }
        if (requester.moderator()) {
            group(text, "As a moderator", MODERATOR);
        }
        if (!intern && !mentor) {
            group(text, "Getting started", NEWCOMER);
        }
        text.line()
                .command(CommandHint.of("help").placeholder("command"))
                .plain(" explains one command; ")
                .command("home")
                .plain(" shows what waits for you.");
        return Outcome.reply(Message.privateReply(text.build()).withTitle("What you can do now"));
    }

    private void group(Text.Builder text, String title, List<String> paths) {
        if (!text.isEmpty()) {
            text.line();
        }
        text.bold(title);
        for (String path : paths) {
            catalog.spec(path)
                    .ifPresent(
                            spec -> text.bullet().command(spec.hint()).plain(" — " + withoutRoles(spec.description())));
        }
    }

    /**
     * A description without its closing note of who runs the command ({@code (intern)}, {@code (intern,
     * mentor)}): under "As an intern" the group's title already says it, once.
     */
    static String withoutRoles(String description) {
        return ROLES_NOTE.matcher(description).replaceFirst("");
    }

    /** Why {@code topic} has no help for this person ({@code lead}), pointing to what they can run. */
    private static Rejected unknownTopic(String lead, String topic) {
        return new Rejected(Text.builder()
                .plain(lead)
                .code(topic)
                .plain(". ")
                .command(CommandHint.of("help"))
                .plain(" lists what you can do.")
                .build());
    }

    /** {@code help <topic>}: the command or its subcommands; a member is shown only those members may run. */
    private Message detail(String topic, boolean moderator) {
        List<CommandSpec> all = catalog.commands().stream()
                .filter(c -> c.path().equals(topic) || c.name().equals(topic))
                .toList();
        List<CommandSpec> matching = moderator
                ? all
                : all.stream().filter(c -> c.access() == Access.EVERYONE).toList();
        if (matching.isEmpty()) {
            throw unknownTopic(all.isEmpty() ? "There is no command " : "Only moderators can run ", topic);
        }
        Text.Builder text = Text.builder();
        for (CommandSpec spec : matching) {
            if (!text.isEmpty()) {
                text.paragraph();
            }
            text.command(spec.hint()).plain(" — " + spec.description());
            if (spec.access() == Access.MODERATOR) {
                text.plain(" (moderators)");
            }
            for (OptionSpec o : spec.options()) {
                text.bullet().code(o.name()).plain((o.required() ? "" : " (optional)") + ": " + o.description());
            }
            spec.exampleHint().ifPresent(example -> text.line().plain("e.g. ").command(example));
        }
        return Message.privateReply(text.build()).withTitle("Help: " + topic);
    }
}
