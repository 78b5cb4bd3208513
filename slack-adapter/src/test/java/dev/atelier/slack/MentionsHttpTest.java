package dev.atelier.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Who is pinged in what Slack is asked to post, over HTTP with signed payloads: each post of a running
 * internship mentions exactly the member who must act next (never the one who acted), and what members typed
 * ({@code <@U…>}, {@code <!here>}, {@code <!subteam^…>}, {@code <!group>}, disguised links) reaches Slack as
 * plain text.
 */
class MentionsHttpTest extends SlackHttpTestBase {

    static final String ADMIN = "U0MADMIN";
    static final String INTERN = "U0MINTERN";
    static final String MENTOR = "U0MMENTOR";
    static final String OTHER = "U0MOTHER";
    private static final Pattern CHANNEL = Pattern.compile("<#(C[0-9A-Z]+)");
    private static final Pattern NUMBER = Pattern.compile("Internship #(\\d+)");
    private static final Pattern MENTION = Pattern.compile("<[@!][^>]*>");
    private static final String TYPED =
            "<@" + OTHER + "> <!here> <!channel> <!subteam^S0TEAM> <!group> <http://evil.example/x|click>";

    @Test
    void eachPostMentionsOnlyWhoActsNextAndTypedMentionsStayText() {
        // given a running internship
        slack.admin(ADMIN);
        command(ADMIN, "ada", "C0MENTIONS", "task add \"Mention task\" \"Something real\"");
        String task = command(ADMIN, "ada", "C0MENTIONS", "task list")
                .param("text")
                .replaceAll("(?s).*#(\\d+) Mention task.*", "$1");
        String started = command(
                        ADMIN,
                        "ada",
                        "C0MENTIONS",
                        "internship start <@" + INTERN + "|mia> <@" + MENTOR + "|max> " + task)
                .param("text");
        Matcher channel = CHANNEL.matcher(started);
        Matcher number = NUMBER.matcher(started);
        assertThat(channel.find() && number.find()).as(started).isTrue();
        String workspace = channel.group(1);
        String internship = number.group(1);

        // when the mentor adds a milestone with typed mentions in its criteria: the intern only is mentioned
        command(MENTOR, "max", workspace, "milestone add " + internship + " \"Mention draft\" \"ADDED " + TYPED + "\"");
        assertThat(mentions(posted(workspace, "added a milestone"))).containsExactly("<@" + INTERN + ">");

        // when the intern proposes one: the mentor only
        command(INTERN, "mia", workspace, "milestone propose " + internship + " \"Mention tests\"");
        assertThat(mentions(posted(workspace, "proposes a milestone"))).containsExactly("<@" + MENTOR + ">");

        // when the intern submits with typed mentions in the notes: the mentor only
        String milestone = posted(workspace, "Mention draft").replaceAll("(?s).*M(\\d+) Mention draft.*", "$1");
        command(INTERN, "mia", workspace, "submit " + milestone + " https://example.org/m \"NOTES " + TYPED + "\"");
        assertThat(mentions(posted(workspace, "NOTES"))).containsExactly("<@" + MENTOR + ">");

        // when the mentor requests changes with typed mentions in the feedback: the intern only
        command(MENTOR, "max", workspace, "review " + milestone + " changes \"FEEDBACK " + TYPED + "\"");
        assertThat(mentions(posted(workspace, "FEEDBACK"))).containsExactly("<@" + INTERN + ">");

        // when the intern asks with typed mentions: the mentor only
        command(INTERN, "mia", workspace, "ask \"QUESTION " + TYPED + "\"");
        assertThat(mentions(posted(workspace, "QUESTION"))).containsExactly("<@" + MENTOR + ">");

        // then nothing the members typed became a live mention or a disguised link anywhere
        assertThat(slack.calls("chat.postMessage"))
                .filteredOn(c -> workspace.equals(c.param("channel")))
                .allSatisfy(c -> assertThat(c.param("text") + " " + c.param("blocks"))
                        .doesNotContain("<@" + OTHER, "<!here>", "<!channel>", "<!subteam", "<!group>")
                        .doesNotContain("<http://evil.example/x|"));
    }

    /** The text and blocks of the latest post in the workspace containing {@code what}. */
    private String posted(String workspace, String what) {
        FakeSlack.Call post = awaitCalls(
                        "chat.postMessage",
                        c -> workspace.equals(c.param("channel"))
                                && (c.param("text") + " " + c.param("blocks")).contains(what),
                        1)
                .stream()
                .reduce((first, second) -> second)
                .orElseThrow();
        return post.param("text") + " " + post.param("blocks");
    }

    /** The distinct live mentions in what Slack was asked to post. */
    private static java.util.Set<String> mentions(String sent) {
        java.util.Set<String> found = new java.util.LinkedHashSet<>();
        Matcher m = MENTION.matcher(sent);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }
}
