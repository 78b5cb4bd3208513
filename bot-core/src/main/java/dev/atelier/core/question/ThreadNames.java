package dev.atelier.core.question;

import java.util.regex.Pattern;

/**
 * A thread's name is plain text: platforms show it as typed, so markup a member typed in the question
 * (mentions, channel links, Slack specials, links with labels, emphasis, code) is reduced to the words
 * it stands for, and nothing in it looks like a ping.
 */
final class ThreadNames {

    private static final Pattern MEMBER = Pattern.compile("<@!?([A-Za-z0-9]+)(?:\\|([^>]*))?>");
    private static final Pattern ROLE = Pattern.compile("<@&(\\d+)>");
    private static final Pattern CHANNEL = Pattern.compile("<#([A-Za-z0-9]+)(?:\\|([^>]*))?>");
    private static final Pattern SPECIAL = Pattern.compile("<!([^>|^]*)[^>]*>");
    private static final Pattern SLACK_LINK = Pattern.compile("<((?:https?|mailto):[^|>]+)(?:\\|[^>]*)?>");
    private static final Pattern MARKDOWN_LINK = Pattern.compile("\\[([^\\]]*)]\\(([^)\\s]+)\\)");
    private static final Pattern MASS = Pattern.compile("@(everyone|here|channel)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern EMPHASIS = Pattern.compile("[*~`|]+");

    private ThreadNames() {}

    static String plain(String text) {
        String out = MEMBER.matcher(text).replaceAll(m -> "@" + quote(m.group(2) == null ? m.group(1) : m.group(2)));
        out = ROLE.matcher(out).replaceAll("@role");
        out = CHANNEL.matcher(out).replaceAll(m -> "#" + quote(m.group(2) == null ? m.group(1) : m.group(2)));
        out = SPECIAL.matcher(out).replaceAll(m -> quote(m.group(1)));
        out = SLACK_LINK.matcher(out).replaceAll(m -> quote(m.group(1)));
        out = MARKDOWN_LINK.matcher(out).replaceAll(m -> quote(m.group(1) + " " + m.group(2)));
        out = MASS.matcher(out).replaceAll("$1");
        out = EMPHASIS.matcher(out).replaceAll("");
        return out.replaceAll("(?m)^\\s*>\\s?", "").replaceAll("\\s+", " ").strip();
    }

    private static String quote(String s) {
        return java.util.regex.Matcher.quoteReplacement(s);
    }
}
