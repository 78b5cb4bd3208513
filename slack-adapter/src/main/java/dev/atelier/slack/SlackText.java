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
final class SlackText {

    private static final Pattern LINK = Pattern.compile("<(https?://[^|>\\s]+)((?:\\|[^>]*)?)>");

    private SlackText() {
    }

    static String commandText(String text) {
        if (text == null || text.indexOf('<') < 0) {
            return text;
        }
        Matcher link = LINK.matcher(text);
        return link.replaceAll(m -> Matcher.quoteReplacement("<" + m.group(1).replace("&amp;", "&") + m.group(2) + ">"));
    }
}
