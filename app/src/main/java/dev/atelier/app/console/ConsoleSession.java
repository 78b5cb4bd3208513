package dev.atelier.app.console;

import dev.atelier.core.command.AtelierBot;
import dev.atelier.core.command.Caller;
import dev.atelier.core.community.Actor;
import dev.atelier.core.community.CommunityRef;
import dev.atelier.core.community.Member;
import dev.atelier.core.community.Platform;
import dev.atelier.core.message.Outcome;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.util.Set;

/**
 * Reads lines {@code <member> <command>} (e.g. {@code alice /submit 1 https://x.org "first draft"})
 * and prints what each person would see. Blank lines and lines starting with {@code #} are skipped.
 */
public final class ConsoleSession {

    private final AtelierBot bot;
    private final CommunityRef community;
    private final Set<String> moderators;
    private final PrintStream out;

    public ConsoleSession(AtelierBot bot, String community, Set<String> moderators, PrintStream out) {
        this.bot = bot;
        this.community = new CommunityRef(Platform.CONSOLE, community, community);
        this.moderators = Set.copyOf(moderators);
        this.out = out;
    }

    /** Runs every line until the input ends or a line says {@code quit}. */
    public void run(BufferedReader in, boolean echo) throws IOException {
        out.println("Atelier console: type `<member> <command>`, e.g. `mod help`. Moderators: " + moderators
                + ". `quit` ends.");
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
