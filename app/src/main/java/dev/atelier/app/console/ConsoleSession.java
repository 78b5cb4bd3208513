package dev.atelier.app.console;

import dev.atelier.core.clock.rounds.ClockRound;
import dev.atelier.core.command.AtelierBot;
import dev.atelier.core.command.Caller;
import dev.atelier.core.community.Actor;
import dev.atelier.core.community.CommunityRef;
import dev.atelier.core.community.Member;
import dev.atelier.core.community.Platform;
import dev.atelier.core.message.ObservedMessage;
import dev.atelier.core.message.Outcome;
import dev.atelier.core.message.ThreadRef;
import dev.atelier.core.shared.Plural;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads lines {@code <member> <command>} (e.g. {@code alice /submit 1 https://x.org "first draft"})
 * and prints what each person would see. Blank lines and lines starting with {@code #} are skipped.
 * Two lines are the console's own: {@code <member> reply <question> <text>} writes in a question's
 * thread, and {@code clock +2d} moves the console's clock on and runs the clock rounds.
 */
public final class ConsoleSession {

    private static final Pattern REPLY = Pattern.compile("reply\\s+[#Qq]?(\\d{1,9})\\s+(\\S.*)", Pattern.DOTALL);
    private static final Pattern AMOUNT =
            Pattern.compile("\\+(?:(\\d{1,3})d)?(?:(\\d{1,4})h)?(?:(\\d{1,6})m)?", Pattern.CASE_INSENSITIVE);
    private static final Duration LONGEST_MOVE = Duration.ofDays(366);
    /** Rounds run after a move until one finds nothing to do, at most this many (a long move may queue more). */
    private static final int MAX_PASSES = 20;

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern(
                    "EEE yyyy-MM-dd HH:mm 'UTC'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    private final AtelierBot bot;
    private final CommunityRef community;
    private final Set<String> moderators;
    private final PrintStream out;
    private final ConsoleTrial trial;
    private final AtomicLong messageIds = new AtomicLong();

    public ConsoleSession(
            AtelierBot bot, String community, Set<String> moderators, PrintStream out, ConsoleTrial trial) {
        this.bot = bot;
        this.community = new CommunityRef(Platform.CONSOLE, community, community);
        this.moderators = Set.copyOf(moderators);
        this.out = out;
        this.trial = trial;
    }

    /** {@code clock +2d}, {@code +3h}, {@code +30m} (or together, {@code +1d12h}): time moves on and the rounds run. */
    private void moveClock(String amount) {
        Matcher m = AMOUNT.matcher(amount);
        if (!m.matches() || (m.group(1) == null && m.group(2) == null && m.group(3) == null)) {
            out.println("  ⚠️ Move the clock forward like `clock +2d`, `clock +3h` or `clock +30m`.");
            return;
        }
        Duration by = Duration.ofDays(number(m.group(1)))
                .plusHours(number(m.group(2)))
                .plusMinutes(number(m.group(3)));
        if (by.isZero() || by.compareTo(LONGEST_MOVE) > 0) {
            out.println("  ⚠️ Move the clock by at least a minute and at most 366 days.");
            return;
        }
        Instant now = trial.hand().move(by);
        out.println("  🕒 The console's clock is now " + SHOWN.format(now) + " (moved " + amount + ").");
        int prompted = 0;
        int missed = 0;
        int reminders = 0;
        int notices = 0;
        int flagged = 0;
        for (int pass = 0; pass < MAX_PASSES; pass++) {
            ClockRound.Report report = trial.round().run();
            if (report.idle()) {
                break;
            }
            prompted += report.prompted();
            missed += report.missed();
            reminders += report.reminders();
            notices += report.notices();
            flagged += report.flagged();
        }
        int offered = trial.peerHelp().run();
        java.util.List<String> done = new java.util.ArrayList<>();
        counted(done, prompted, "check-in prompt", "");
        counted(done, missed, "missed check-in", "");
        counted(done, reminders, "reminder", "");
        counted(done, notices, "stall notice", "");
        counted(done, flagged, "pair", " flagged");
        counted(done, offered, "question", " offered to peers");
        out.println("  🕒 Clock round: " + (done.isEmpty() ? "nothing was due" : String.join(", ", done)) + ".");
    }

    /** A count worth telling: none is left out. */
    private static void counted(java.util.List<String> done, long count, String noun, String what) {
        if (count > 0) {
            done.add(Plural.of(count, noun) + what);
        }
    }

    private static long number(String digits) {
        return digits == null ? 0 : Long.parseLong(digits);
    }

    /** {@code alice reply 3 try mvn verify}: a message in question 3's thread, which the bot observes like any reply. */
    private void reply(String who, long question, String text) {
        Optional<ThreadRef> thread = trial.questionThreads().apply(question);
        if (thread.isEmpty()) {
            out.println("  ⚠️ Q" + question + " has no thread in this console session; ask it here first.");
            return;
        }
        out.println("  → in thread #" + thread.get().threadId() + ": @" + who + ": " + text);
        bot.observe(new ObservedMessage(
                community,
                thread.get().channelId(),
                thread.get().threadId(),
                "console-" + messageIds.incrementAndGet(),
                who,
                trial.clock().instant()));
    }

    /** Runs every line until the input ends or a line says {@code quit}. */
    public void run(BufferedReader in, boolean echo) throws IOException {
        out.println("Atelier console: type `<member> <command>`, e.g. `mod help`. Moderators: " + moderators
                + ". `<member> reply <question> <text>` replies in a question's thread; `clock +2d` (or +3h, +30m)"
                + " moves time on. `quit` ends.");
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            String trimmed = line.strip();
            if (trimmed.equals("quit") || trimmed.equals("exit")) {
                return;
            }
            if (echo && !trimmed.isEmpty()) {
                out.println(trimmed.startsWith("#") ? trimmed : "> " + trimmed);
            }
            handle(trimmed);
        }
    }

    void handle(String line) {
        if (line.isEmpty() || line.startsWith("#")) {
            return;
        }
        int space = line.indexOf(' ');
        if (space < 0) {
            out.println("  ⚠️ Start the line with who acts, then the command: `alice status`.");
            return;
        }
        String who = line.substring(0, space).replaceFirst("^@", "");
        if (who.equals("clock")) {
            moveClock(line.substring(space + 1).strip());
            return;
        }
        Matcher reply = REPLY.matcher(line.substring(space + 1).strip());
        if (reply.matches()) {
            reply(who, Long.parseLong(reply.group(1)), reply.group(2));
            return;
        }
        Caller caller = new Caller(community, new Actor(new Member(who, who), moderators.contains(who)), null);
        Outcome outcome = bot.run(caller, line.substring(space + 1));
        if (outcome.isModal()) {
            out.println("  → " + who + " sees a form: " + outcome.modal().title());
        } else {
            String audience = outcome.reply().ephemeral() ? " (only they see)" : " (everyone in the channel)";
            out.println("  → to @" + who + audience + ": " + ConsoleRenderer.render(outcome.reply()));
        }
    }
}
