package dev.atelier.core.testing;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every kind of card that carries buttons, each told as a short story that sends the card, keeps one of
 * its buttons, and moves the state on so that the button is stale. The core's test and each platform's
 * test play the same stories on their own stage (console, the Discord stand-in, Slack over HTTP) and
 * press the kept buttons as members do: each press must get a clear private refusal and change nothing.
 * A platform holds a delivered button its own way (the core's button, a Discord message and custom id, a
 * Slack channel and action id): stories keep it as an opaque object.
 */
public final class StaleCards {

    /** Who acts in a story. */
    public enum Role {
        MODERATOR,
        INTERN,
        MENTOR
    }

    /** Where a story is played: a community of the platform, its three members and its clock. */
    public interface Stage {

        /** Runs {@code line} (catalog syntax) as {@code who}; returns the reply as plain text. */
        String as(Role who, String line);

        /**
         * Runs {@code line} as {@code who} the way that person does there (a slash command on Discord, {@code
         * /atelier} over HTTP on Slack) and returns its private answer with its buttons, as the platform holds them.
         */
        Answer privately(Role who, String line);

        /** {@code who} as typed in a command line ({@code <@id|name>}). */
        String mention(Role who);

        /**
         * The button labelled {@code label} on the latest card {@code seenBy} can see that has one (posts in
         * channels, and direct messages to them only), as the platform holds it; waits for its delivery.
         */
        Object button(String label, Role seenBy);

        /** Moves the clock to the next Monday's check-in time (10:30 UTC) and runs the clock's round. */
        void checkinsDue();

        /** Moves the clock on by {@code days} and runs the clock's round. */
        void daysPass(int days);
    }

    /** A private answer as delivered: its text (fields included) and its buttons by label. */
    public record Answer(String text, Map<String, Object> buttons) {

        /** The button labelled {@code label}; fails the story when the answer has none. */
        public Object button(String label) {
            Object button = buttons.get(label);
            if (button == null) {
                throw new AssertionError("no " + label + " on: " + text + " " + buttons.keySet());
            }
            return button;
        }
    }

    /** A button pressed after its moment: who presses it, and a word the refusal must contain. */
    public record Press(Role presser, String label, Object button, String refusal) {}

    /** A kind of card and its story; its name is the test's name. */
    public record Card(String kind, Function<Stage, List<Press>> story) {

        @Override
        public String toString() {
            return kind;
        }
    }

    private StaleCards() {}

    /** Every kind of card with buttons. */
    public static List<Card> all() {
        return List.of(
                new Card("submission card", StaleCards::submissionCard),
                new Card("review form", StaleCards::reviewForm),
                new Card("changes requested notice", StaleCards::changesRequested),
                new Card("question post", StaleCards::questionPost),
                new Card("milestone proposal", StaleCards::milestoneProposal),
                new Card("pairing invitation", StaleCards::pairingInvitation),
                new Card("check-in prompt", StaleCards::checkinPrompt),
                new Card("control message", StaleCards::controlMessage),
                new Card("appeal notice", StaleCards::appealNotice),
                new Card("approval notice", StaleCards::approvalNotice),
                new Card("completion offer", StaleCards::completionOffer),
                new Card("logged hours, entry removed", StaleCards::hoursRemoved),
                new Card("logged hours, internship closed", StaleCards::hoursClosed),
                new Card("pairing preview, pairs confirmed", StaleCards::previewConfirmed),
                new Card("pairing preview, preview changed", StaleCards::previewChanged));
    }

    private static List<Press> submissionCard(Stage st) {
        String m = submitted(st, pair(st));
        Object approve = st.button("Approve", Role.MENTOR);
        st.as(Role.MENTOR, "review " + m + " approve");
        return List.of(new Press(Role.MENTOR, "Approve", approve, "approved"));
    }

    private static List<Press> reviewForm(Stage st) {
        String m = submitted(st, pair(st));
        Object changes = st.button("Request changes", Role.MENTOR);
        st.as(Role.MENTOR, "review " + m + " approve");
        return List.of(new Press(Role.MENTOR, "Request changes", changes, "approved"));
    }

    private static List<Press> changesRequested(Stage st) {
        String m = submitted(st, pair(st));
        st.as(Role.MENTOR, "review " + m + " changes \"Add the footer\"");
        Object resubmit = st.button("Resubmit", Role.INTERN);
        Object appeal = st.button("Appeal", Role.INTERN);
        st.as(Role.INTERN, "submit " + m + " https://example.org/second");
        st.as(Role.MENTOR, "review " + m + " approve");
        return List.of(
                new Press(Role.INTERN, "Resubmit", resubmit, "approved"),
                new Press(Role.INTERN, "Appeal", appeal, "approved"));
    }

    private static List<Press> questionPost(Stage st) {
        pair(st);
        String q = number("Q(\\d+)", st.as(Role.INTERN, "ask \"Where is the style guide?\""));
        Object resolve = st.button("Resolve", Role.INTERN);
        st.as(Role.MENTOR, "resolve " + q);
        return List.of(new Press(Role.INTERN, "Resolve", resolve, "already resolved"));
    }

    private static List<Press> milestoneProposal(Stage st) {
        String internship = pair(st);
        String m = number("M(\\d+)", st.as(Role.INTERN, "milestone propose " + internship + " \"Footer\""));
        Object confirm = st.button("Confirm", Role.MENTOR);
        st.as(Role.MENTOR, "milestone confirm " + m);
        return List.of(new Press(Role.MENTOR, "Confirm", confirm, "not a proposal"));
    }

    private static List<Press> pairingInvitation(Stage st) {
        String cohort = "stale-" + Long.toString(System.nanoTime(), 36);
        st.as(Role.MODERATOR, "cohort create " + cohort);
        st.as(Role.INTERN, "profile set learning:css timezone:UTC window:9-17");
        st.as(Role.MENTOR, "profile set expertise:css timezone:UTC window:9-17");
        st.as(Role.INTERN, "cohort join " + cohort + " intern");
        st.as(Role.MENTOR, "cohort join " + cohort + " mentor");
        st.as(Role.MODERATOR, "pair preview " + cohort);
        st.as(Role.MODERATOR, "pair ask " + cohort);
        Object accept = st.button("Accept", Role.MENTOR);
        Object decline = st.button("Decline", Role.MENTOR);
        st.as(Role.MENTOR, "pair accept " + cohort);
        st.as(Role.INTERN, "pair accept " + cohort);
        return List.of(
                new Press(Role.MENTOR, "Accept", accept, "waits for your answer"),
                new Press(Role.MENTOR, "Decline", decline, "waits for your answer"));
    }

    private static List<Press> checkinPrompt(Stage st) {
        pair(st);
        st.checkinsDue();
        Object answer = st.button("Answer check-in", Role.INTERN);
        // an answered prompt takes a corrected answer; one whose answer window passed takes none
        st.daysPass(2);
        return List.of(new Press(Role.INTERN, "Answer check-in", answer, "missed"));
    }

    private static List<Press> controlMessage(Stage st) {
        String internship = pair(st);
        Object submit = st.button("Submit work", Role.INTERN);
        Object ask = st.button("Ask my mentor", Role.INTERN);
        Object log = st.button("Log hours", Role.INTERN);
        Object checkin = st.button("Answer check-in", Role.INTERN);
        Object propose = st.button("Propose a milestone", Role.INTERN);
        Object add = st.button("Add a milestone", Role.MENTOR);
        String m = submitted(st, internship);
        st.as(Role.MENTOR, "review " + m + " approve");
        st.as(
                Role.MENTOR,
                "internship complete " + internship + " 9 \"html, css\" \"Clean markup\" \"Built the page.\"");
        return List.of(
                new Press(Role.INTERN, "Submit work", submit, "active internship"),
                new Press(Role.INTERN, "Ask my mentor", ask, "not an active internship"),
                new Press(Role.INTERN, "Log hours", log, "complete"),
                new Press(Role.INTERN, "Answer check-in", checkin, "not active"),
                new Press(Role.INTERN, "Propose a milestone", propose, "complete"),
                new Press(Role.MENTOR, "Add a milestone", add, "complete"));
    }

    private static List<Press> appealNotice(Stage st) {
        String m = submitted(st, pair(st));
        st.as(Role.MENTOR, "review " + m + " changes \"Add the footer\"");
        String appeal = number("A(\\d+)", st.as(Role.INTERN, "appeal milestone " + m + " \"The criteria were met\""));
        Object uphold = st.button("Uphold", Role.MODERATOR);
        Object change = st.button("Change", Role.MODERATOR);
        st.as(Role.MODERATOR, "appeal decide " + appeal + " uphold \"The footer is missing\"");
        return List.of(
                new Press(Role.MODERATOR, "Uphold", uphold, "decided"),
                new Press(Role.MODERATOR, "Change", change, "decided"));
    }

    private static List<Press> approvalNotice(Stage st) {
        String cohort = "approval-" + Long.toString(System.nanoTime(), 36);
        st.as(Role.MODERATOR, "cohort create " + cohort);
        st.as(Role.MODERATOR, "cohort approval " + cohort + " on");
        st.as(Role.INTERN, "cohort join " + cohort + " intern");
        Object approve = st.button("Approve", Role.MODERATOR);
        st.as(Role.MODERATOR, "cohort approve " + cohort + " " + st.mention(Role.INTERN));
        return List.of(new Press(Role.MODERATOR, "Approve", approve, "already"));
    }

    private static List<Press> completionOffer(Stage st) {
        String internship = pair(st);
        String m = submitted(st, internship);
        Object complete = st.privately(Role.MENTOR, "review " + m + " approve").button("Complete internship");
        st.as(
                Role.MENTOR,
                "internship complete " + internship + " 9 \"html, css\" \"Clean markup\" \"Built the page.\"");
        return List.of(new Press(Role.MENTOR, "Complete internship", complete, "is completed"));
    }

    private static List<Press> hoursRemoved(Stage st) {
        pair(st);
        Answer logged = st.privately(Role.INTERN, "log 2 \"read the code\"");
        st.as(Role.INTERN, "hours remove " + number("Entry\\D{0,12}?(\\d+)", logged.text()));
        return List.of(
                new Press(Role.INTERN, "Fix", logged.button("Fix"), "was removed"),
                new Press(Role.INTERN, "Remove", logged.button("Remove"), "was removed"));
    }

    private static List<Press> hoursClosed(Stage st) {
        String internship = pair(st);
        Answer logged = st.privately(Role.INTERN, "log 2 \"read the code\"");
        st.as(Role.MODERATOR, "internship close " + internship + " \"The task was cancelled\"");
        return List.of(
                new Press(Role.INTERN, "Fix", logged.button("Fix"), "closed"),
                new Press(Role.INTERN, "Remove", logged.button("Remove"), "closed"));
    }

    private static List<Press> previewConfirmed(Stage st) {
        String cohort = pairable(st, "confirmed-");
        Object confirm = st.privately(Role.MODERATOR, "pair preview " + cohort).button("Confirm pairs");
        st.as(Role.MODERATOR, "pair confirm " + cohort);
        return List.of(new Press(Role.MODERATOR, "Confirm pairs", confirm, "already confirmed"));
    }

    private static List<Press> previewChanged(Stage st) {
        String cohort = pairable(st, "changed-");
        Object confirm = st.privately(Role.MODERATOR, "pair preview " + cohort).button("Confirm pairs");
        String task = number("#(\\d+)", st.as(Role.MODERATOR, "task add \"Second task\" \"Another real thing\""));
        st.as(Role.MODERATOR, "cohort task " + cohort + " " + task);
        st.as(
                Role.MODERATOR,
                "pair set " + cohort + " " + st.mention(Role.INTERN) + " " + st.mention(Role.MENTOR) + " " + task);
        return List.of(new Press(Role.MODERATOR, "Confirm pairs", confirm, "changed"));
    }

    /** A new cohort with an open task where the stage's intern and mentor wait to be paired; its name. */
    private static String pairable(Stage st, String prefix) {
        String cohort = prefix + Long.toString(System.nanoTime(), 36);
        st.as(Role.MODERATOR, "cohort create " + cohort);
        String task = number("#(\\d+)", st.as(Role.MODERATOR, "task add \"Pairing task\" \"Something real to build\""));
        st.as(Role.MODERATOR, "cohort task " + cohort + " " + task);
        st.as(Role.INTERN, "profile set learning:css timezone:UTC window:9-17");
        st.as(Role.MENTOR, "profile set expertise:css timezone:UTC window:9-17");
        st.as(Role.INTERN, "cohort join " + cohort + " intern");
        st.as(Role.MENTOR, "cohort join " + cohort + " mentor");
        return cohort;
    }

    /** A running internship of the stage's intern and mentor on a task of its own; its number. */
    private static String pair(Stage st) {
        String task =
                number("#(\\d+)", st.as(Role.MODERATOR, "task add \"Stale card task\" \"Something real to build\""));
        return number(
                "[Ii]nternship #(\\d+)",
                st.as(
                        Role.MODERATOR,
                        "internship start " + st.mention(Role.INTERN) + " " + st.mention(Role.MENTOR) + " " + task));
    }

    /** A milestone added to {@code internship} and submitted by the intern; its number. */
    private static String submitted(Stage st, String internship) {
        String m = number("M(\\d+)", st.as(Role.MENTOR, "milestone add " + internship + " \"Landing page\""));
        st.as(Role.INTERN, "submit " + m + " https://example.org/first");
        return m;
    }

    private static String number(String pattern, String text) {
        Matcher matcher = Pattern.compile(pattern).matcher(text);
        if (!matcher.find()) {
            throw new AssertionError("no " + pattern + " in: " + text);
        }
        return matcher.group(1);
    }
}
