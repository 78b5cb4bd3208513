package dev.atelier.core.message;

import java.util.regex.Pattern;

/**
 * Keeps text from pinging a whole channel or server: {@code @everyone}, {@code @here} (Discord)
 * and {@code <!channel>}, {@code <!here>}, {@code <!everyone>}, {@code <!group>},
 * {@code <!subteam^...>} (any {@code <!...>} special), {@code @channel} (Slack) are defused with a zero-width space, and Discord role mentions
 * {@code <@&id>} are shown as plain text. Member mentions ({@code <@id>}) stay. Every adapter runs
 * outgoing text through {@link #defuse(String)}; Discord also sets AllowedMentions.
 */
public final class MassMentions {

    private static final String ZWSP = "\u200B";
    private static final Pattern AT_WORD = Pattern.compile("@(everyone|here|channel)\\b", Pattern.CASE_INSENSITIVE);
    /** Every Slack special, {@code <!group>}, {@code <!date^...>} and any Slack adds later included. */
    private static final Pattern SLACK_SPECIAL = Pattern.compile("<!([^>|]*)(\\|[^>]*)?>");

    private static final Pattern ROLE = Pattern.compile("<@&(\\d+)>");

    private MassMentions() {}

    public static String defuse(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String out = SLACK_SPECIAL
                .matcher(text)
                .replaceAll(m -> "<" + ZWSP + "!" + m.group(1).replace("$", "\\$")
                        + (m.group(2) == null ? "" : m.group(2).replace("$", "\\$")) + ">");
        out = AT_WORD.matcher(out).replaceAll(m -> "@" + ZWSP + m.group(1));
        return ROLE.matcher(out).replaceAll("@role-$1");
    }
}
