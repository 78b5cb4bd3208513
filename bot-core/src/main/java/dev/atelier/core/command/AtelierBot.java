package dev.atelier.core.command;

import dev.atelier.core.community.Community;
import dev.atelier.core.community.CommunityStore;
import dev.atelier.core.community.ModeratorChanges;
import dev.atelier.core.message.ActionIds;
import dev.atelier.core.message.CommandHint;
import dev.atelier.core.message.Message;
import dev.atelier.core.message.Modal;
import dev.atelier.core.message.ObservedMessage;
import dev.atelier.core.message.Outcome;
import dev.atelier.core.message.Text;
import dev.atelier.core.message.TextInput;
import dev.atelier.core.shared.ConcurrentChange;
import dev.atelier.core.shared.Contention;
import dev.atelier.core.shared.Rejected;
import dev.atelier.core.workspace.Outbound;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one entry point of every adapter: runs commands (typed or from a text line), button presses
 * and modal submissions against the core, checks who may run what, hands notifications to the
 * platform, and turns every refusal into a clear private reply. No exception escapes to a user.
 */
public final class AtelierBot {

    private static final Logger log = LoggerFactory.getLogger(AtelierBot.class);

    private final CommandCatalog catalog;
    private final CommandLine lines;
    private final CommunityStore communities;
    private final Outbound outbound;
    private final Suggester suggester;
    private final MessageObserver observer;
    private final CommandMetrics metrics;
    private final ModeratorChanges moderatorChanges;

    public AtelierBot(CommandCatalog catalog, CommunityStore communities, Outbound outbound, Suggester suggester) {
        this(catalog, communities, outbound, suggester, MessageObserver.IGNORE);
    }

    public AtelierBot(
            CommandCatalog catalog,
            CommunityStore communities,
            Outbound outbound,
            Suggester suggester,
            MessageObserver observer) {
        this(catalog, communities, outbound, suggester, observer, CommandMetrics.NONE, ModeratorChanges.NONE);
    }

    private AtelierBot(
            CommandCatalog catalog,
            CommunityStore communities,
            Outbound outbound,
            Suggester suggester,
            MessageObserver observer,
            CommandMetrics metrics,
            ModeratorChanges moderatorChanges) {
        this.metrics = metrics;
        this.moderatorChanges = moderatorChanges;
        this.catalog = catalog;
        this.lines = new CommandLine(catalog);
        this.communities = communities;
        this.outbound = outbound;
        this.suggester = suggester;
        this.observer = observer;
    }

    /** A message was posted where the bot reads (adapters pass every one); counts it once if it belongs to an internship. */
    public boolean observe(ObservedMessage message) {
        try {
            return observer.observe(message);
        } catch (RuntimeException e) {
            log.warn(
                    "Could not count message {} in {}: {}",
                    message.messageId(),
                    message.community().id(),
                    e.toString());
            return false;
        }
    }

    /** The same bot, reporting each command it runs (name and outcome) to {@code newMetrics}. */
    public AtelierBot reportingTo(CommandMetrics newMetrics) {
        return new AtelierBot(catalog, communities, outbound, suggester, observer, newMetrics, moderatorChanges);
    }

    /** The same bot, telling {@code changes} what the platform says of its moderators. */
    public AtelierBot followingModerators(ModeratorChanges changes) {
        return new AtelierBot(catalog, communities, outbound, suggester, observer, metrics, changes);
    }

    /** Where adapters report moderators the platform added or removed (a role given or taken away). */
    public ModeratorChanges moderatorChanges() {
        return moderatorChanges;
    }

    public CommandCatalog catalog() {
        return catalog;
    }

    /** Runs a command typed as text: {@code submit 3 https://example.org "first draft"} (leading slash optional). */
    public Outcome run(Caller caller, String line) {
        return guarded(caller, () -> {
            CommandLine.Parsed parsed = lines.parse(line, () -> isModerator(caller));
            return execute(caller, parsed.entry(), parsed.raw());
        });
    }

    /** Runs a command whose options arrive already split (Discord): {@code path} is {@code cohort create}. */
    public Outcome run(Caller caller, String path, Map<String, String> options) {
        return guarded(caller, () -> {
            CommandCatalog.Entry entry = catalog.find(path)
                    .orElseThrow(() -> new Rejected(Text.builder()
                            .code(path)
                            .plain(" is not a command here. Try ")
                            .command(CommandHint.of("help"))
                            .plain(".")
                            .build()));
            return execute(caller, entry, options);
        });
    }

    /** A button was pressed: runs its command, or answers with the modal that asks for what it needs. */
    public Outcome press(Caller caller, String actionId) {
        return guarded(caller, () -> {
            ActionIds.PressedButton button =
                    ActionIds.parseButton(actionId).orElseThrow(() -> new Rejected("That button is no longer valid."));
            CommandLine.Parsed parsed = lines.parse(button.command());
            if (button.ask().isEmpty()) {
                return execute(caller, parsed.entry(), parsed.raw());
            }
            CommandSpec spec = parsed.entry().spec();
            boolean moderator = isModerator(caller);
            authorize(spec, moderator);
            List<String> asked =
                    button.ask().stream().map(FormLabels::optionName).toList();
            parsed.entry()
                    .precheck()
                    .check(new Context(caller, moderator), OptionParser.parse(spec, parsed.raw(), asked));
            Context context = new Context(caller, moderator);
            List<TextInput> inputs = button.ask().stream()
                    .filter(name -> spec.option(FormLabels.optionName(name)) != null)
                    .map(name -> input(
                            spec.option(FormLabels.optionName(name)),
                            FormLabels.needed(name),
                            menu(context, spec, spec.option(FormLabels.optionName(name)))))
                    .toList();
            return Outcome.showModal(Modal.forCommand(button.command(), FormTitles.of(spec, parsed.raw()), inputs));
        });
    }

    /** A choice was made in a menu ({@link dev.atelier.core.message.Select}): runs its command with the value. */
    public Outcome choose(Caller caller, String actionId, String value) {
        return guarded(caller, () -> {
            String line = ActionIds.parseSelect(actionId, value)
                    .orElseThrow(() -> new Rejected("That menu is no longer valid."));
            CommandLine.Parsed parsed = lines.parse(line);
            return execute(caller, parsed.entry(), parsed.raw());
        });
    }

    /** A modal was submitted: runs its command with the values typed into it. */
    public Outcome submitModal(Caller caller, String modalId, Map<String, String> values) {
        return guarded(caller, () -> {
            String command =
                    ActionIds.parseModal(modalId).orElseThrow(() -> new Rejected("That form is no longer valid."));
            CommandLine.Parsed parsed = lines.parse(command);
            Map<String, String> raw = new HashMap<>(parsed.raw());
            raw.putAll(values);
            return execute(caller, parsed.entry(), raw);
        });
    }

    /** Values to suggest for an option while the person types; empty when there is nothing to suggest. */
    public List<Choice> suggest(Caller caller, String path, String option, String typed) {
        try {
            OptionSpec spec = catalog.spec(path).map(s -> s.option(option)).orElse(null);
            if (spec == null || !spec.type().suggestsValues()) {
                return List.of();
            }
            Context context = new Context(caller, isModerator(caller));
            return suggester
                    .suggest(context.requester(), path, spec.type(), typed == null ? "" : typed.strip())
                    .stream()
                    .limit(Suggester.MAX_CHOICES)
                    .toList();
        } catch (RuntimeException e) {
            log.warn("Suggestions failed for {} {}: {}", path, option, e.toString());
            return List.of();
        }
    }

    private Outcome execute(Caller caller, CommandCatalog.Entry entry, Map<String, String> raw) {
        String name = entry.spec().path();
        try {
            Outcome outcome = executeCounted(caller, entry, raw);
            metrics.command(name, "ok");
            return outcome;
        } catch (Rejected e) {
            metrics.command(name, "refused");
            throw e;
        } catch (RuntimeException e) {
            metrics.command(name, "failed");
            throw e;
        }
    }

    private Outcome executeCounted(Caller caller, CommandCatalog.Entry entry, Map<String, String> raw) {
        boolean moderator = isModerator(caller);
        authorize(entry.spec(), moderator);
        Options options = OptionParser.parse(entry.spec(), raw);
        Context context = new Context(caller, moderator);
        for (int attempt = 1; ; attempt++) {
            try {
                Outcome outcome = entry.handler().handle(context, options);
                outbound.send(caller.community(), outcome.notifications());
                return outcome;
            } catch (ConcurrentChange e) {
                if (attempt >= Contention.ATTEMPTS || Thread.currentThread().isInterrupted()) {
                    throw new Rejected("Someone else changed this at the same moment. Please try again.");
                }
                Contention.backOff(attempt);
            }
        }
    }

    private boolean isModerator(Caller caller) {
        Community community = communities.ensure(caller.community());
        return caller.actor().platformModerator()
                || community.moderatorIds().contains(caller.actor().id());
    }

    private static void authorize(CommandSpec spec, boolean moderator) {
        if (spec.access() == Access.MODERATOR && !moderator) {
            throw new Rejected(Text.builder()
                    .plain("Only moderators can run ")
                    .command(CommandHint.of(spec.path()))
                    .plain(". Ask one of your community's moderators.")
                    .build());
        }
    }

    private Outcome guarded(Caller caller, java.util.function.Supplier<Outcome> work) {
        try {
            return work.get();
        } catch (Rejected e) {
            return Outcome.reply(Message.privateReply(
                    Text.builder().plain("⚠️ ").text(e.text()).build()));
        } catch (RuntimeException e) {
            String reference = UUID.randomUUID().toString().substring(0, 8);
            log.error(
                    "Command failed in {} for {} (ref {})",
                    caller.community().id(),
                    caller.actor().id(),
                    reference,
                    e);
            return Outcome.reply(Message.privateReply(Text.of("❌ Something went wrong on our side (reference "
                    + reference + "). Please try again in a moment; if it keeps happening, tell a moderator.")));
        }
    }

    /** A form field for {@code option}: a complete label, required when the command needs it ({@code needed}). */
    private static TextInput input(OptionSpec option, boolean needed, List<TextInput.Choice> menu) {
        return new TextInput(
                option.name(),
                menu.isEmpty() ? FormLabels.label(option) : FormLabels.menuLabel(option),
                null,
                option.type() == OptionType.LONG_TEXT,
                option.required() || needed,
                option.maxLength(),
                menu);
    }

    /** The menu a form shows for an option (a milestone among yours), else none: a text field. */
    private List<TextInput.Choice> menu(Context context, CommandSpec spec, OptionSpec option) {
        try {
            return suggester.menu(context.requester(), spec.path(), option).stream()
                    .limit(Suggester.MAX_CHOICES)
                    .map(c -> new TextInput.Choice(c.label(), c.value()))
                    .toList();
        } catch (RuntimeException e) {
            log.warn("No menu for {} {}: {}", spec.path(), option.name(), e.toString());
            return List.of();
        }
    }
}
