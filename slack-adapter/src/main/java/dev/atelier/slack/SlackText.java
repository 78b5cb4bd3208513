package dev.atelier.slack;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Slash command text as Slack escapes it ({@code should_escape}): {@code &}, {@code <} and {@code >}
 * typed by people arrive as {@code &amp;}, {@code &lt;}, {@code &gt;}, and links as
 * {@code <https://...>}. Inside links the {@code &amp;} of a query string is turned back into
 * {@code &} so stored URLs are the real ones; everything else stays escaped, so typed text can
 * never become Slack markup.
 */
@SuppressWarnings("EscapedEntity") // the Javadoc shows Slack's escapes literally, as they arrive
final class SlackText {

    private static final Pattern LINK = Pattern.compile("<(https?://[^|>\\s]+)((?:\\|[^>]*)?)>");

    private SlackText() {}

    /**
     * A value typed in a form (Slack sends it raw): {@code <} and {@code >} escaped, so a typed
     * {@code <!here>} or {@code <https://evil.example|click>} shows as text, never as markup. {@code &}
     * stays, so links keep their query strings (an entity typed by hand only ever shows as text).
     */
    static String formText(String text) {
        return text == null ? null : text.replace("<", "&lt;").replace(">", "&gt;");
    }

    static String commandText(String text) {
        if (text == null || text.indexOf('<') < 0) {
            return text;
        }
        Matcher link = LINK.matcher(text);
        // the label goes: a link shows where it leads, never a disguise such as <https://evil.example|docs>
        return link.replaceAll(m -> Matcher.quoteReplacement("<" + m.group(1).replace("&amp;", "&") + ">"));
    }
}
