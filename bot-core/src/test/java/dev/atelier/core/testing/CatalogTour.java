package dev.atelier.core.testing;

import com.mongodb.event.CommandListener;
import dev.atelier.core.command.Caller;
import dev.atelier.core.command.CommandSpec;
import dev.atelier.core.community.Actor;
import dev.atelier.core.community.CommunityRef;
import dev.atelier.core.community.Member;
import dev.atelier.core.community.Platform;
import dev.atelier.core.message.Message;
import dev.atelier.core.message.Notification;
import dev.atelier.core.message.Outcome;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * Every message one tour of the catalog produces: a pair runs a whole internship (milestones,
 * submissions, reviews, questions, check-ins, hours) with words full of markup characters, then
 * every catalog command's example is run as the moderator, the intern and the mentor. Replies,
 * notifications and thread posts are collected, so adapter tests can render each one and check
 * that no other platform's syntax shows. The words typed carry markup characters common to both
 * platforms ({@code *}, {@code _}, backticks, {@code <@id>}, {@code <!here>}, {@code @everyone}).
 */
public final class CatalogTour {

    private static final CommunityRef SHOP = new CommunityRef(Platform.CONSOLE, "shop", "Shop guild");

    /**
     * One command of the tour: who ran it, the line, the reply and the notifications it sent, and what it
     * posted in threads.
     */
    public record Step(String who, String line, Outcome outcome, List<Message> threadPosts) {

        /** The notification titled {@code title}, or the first one starting so. */
        public Message notice(String titleStart) {
            return outcome.notifications().stream()
                    .map(Notification::message)
                    .filter(m -> m.title() != null && m.title().startsWith(titleStart))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no notice titled " + titleStart + " after " + line));
        }
    }

    private final List<Message> messages = new ArrayList<>();
    private final List<Step> steps = new ArrayList<>();
    private final RecordingPlatform platform = new RecordingPlatform(Platform.CONSOLE);
    private final MutableClock clock = new MutableClock(CoreFlowTest.MONDAY_10_UTC);
    private TestAtelier atelier;

    private CatalogTour() {}

    /** Runs the tour on a fresh embedded database and returns what it produced. */
    public static List<Message> messages() {
        return ran().messages;
    }

    /** Runs the tour and returns each command it ran, in order, with what it answered. */
    public static List<Step> steps() {
        return List.copyOf(ran().steps);
    }

    /** The first step in which {@code who} ran a line starting with {@code lineStart}. */
    public static Step find(List<Step> steps, String who, String lineStart) {
        return steps.stream()
                .filter(s -> s.who().equals(who) && s.line().startsWith(lineStart))
                .findFirst()
                .orElseThrow(() -> new AssertionError("the tour has no step " + who + " " + lineStart));
    }

    private static CatalogTour ran() {
        return ran(List.of(), atelier -> {}, (atelier, clock) -> {});
    }

    /**
     * Runs the tour with {@code listeners} told of every command the store receives: {@code started} is handed the
     * core once it is assembled (its stores created), before the first command; then the still open core and the
     * tour's clock are handed to {@code andThen} before it closes.
     */
    public static void run(
            List<CommandListener> listeners,
            Consumer<TestAtelier> started,
            BiConsumer<TestAtelier, MutableClock> andThen) {
        ran(listeners, started, andThen);
    }

    private static CatalogTour ran(
            List<CommandListener> listeners,
            Consumer<TestAtelier> started,
            BiConsumer<TestAtelier, MutableClock> andThen) {
        CatalogTour tour = new CatalogTour();
        tour.atelier = TestAtelier.start(List.of(tour.platform), List.of(tour.platform), tour.clock, listeners);
        try {
            started.accept(tour.atelier);
            tour.run();
            andThen.accept(tour.atelier, tour.clock);
        } finally {
            tour.atelier.close();
        }
        return tour;
    }

    private void run() {
        as("alice", "profile set timezone:Europe/Paris");
        as("mod", "cohort create spring");
        as("mod", "task add \"Shop *checkout*\" \"Add a _checkout_ <!here>\" \"400 USD\" 40 \"java, sql\"");
        as("mod", "internship start @alice @bob 1 cohort:spring");
        as("bob", "milestone add 1 \"Checkout *page*\" \"Tests <@mod> pass\" 2026-12-01");
        as("alice", "milestone propose 1 \"Docs_for_all\"");
        as("bob", "milestone confirm 2");
        as("alice", "submit 1 https://example.org/pr/1?a=1&b=2 \"see *this* and <!here>\"");
        as("bob", "review 1 changes \"Fix the `tests` @everyone\"");
        as("alice", "submit 1 https://example.org/pr/2");
        as("bob", "review 1 approve");
        as("alice", "ask \"How do I run *the* tests? <@bob> `code`\"");
        as("bob", "resolve 1");
        as("alice", "reopen 1");
        as("alice", "log 2 \"read the _code_\"");
        as("alice", "status");
        as("bob", "status");
        as("mod", "status");
        clock.advance(Duration.ofDays(7));
        atelier.services().clockRound().run();
        as("alice", "checkin answer \"did *x*\" \"none\" \"more\" 4");
        as("carol", "cohort join spring intern");
        as("dave", "cohort join spring mentor");
        as("mod", "pair preview spring");
        for (CommandSpec spec : atelier.bot().catalog().commands()) {
            as("mod", "help " + spec.path());
            if (spec.example() != null
                    && !spec.path().contains("forget")
                    && !spec.path().endsWith(" me")) {
                for (String who : List.of("mod", "alice", "bob")) {
                    as(who, spec.example());
                }
            }
        }
        for (String who : List.of("mod", "alice", "bob", "carol")) {
            as(who, "help");
        }
        platform.sent().stream().map(Notification::message).forEach(messages::add);
        platform.threadPosts().forEach(p -> messages.add(p.message()));
    }

    private void as(String who, String line) {
        int posted = platform.threadPosts().size();
        Outcome outcome =
                atelier.bot().run(new Caller(SHOP, new Actor(new Member(who, who), who.equals("mod")), null), line);
        List<Message> threadPosts = platform.threadPosts().stream()
                .skip(posted)
                .map(RecordingPlatform.ThreadPost::message)
                .toList();
        steps.add(new Step(who, line, outcome, threadPosts));
        if (outcome.reply() != null) {
            messages.add(outcome.reply());
        }
    }
}
