package dev.atelier.discord;

import dev.atelier.core.message.CommandHint;
import dev.atelier.core.message.TextFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Portable text as Discord markdown: {@code **bold**}, {@code *italic*}, {@code [label](url)},
 * {@code <@id>}, {@code <#id>}, roles by name (never pinged), commands as slash commands
 * ({@code /internship start intern:@a mentor:@b task:1}). Words, the bot's and members' alike, have
 * every markdown character backslash-escaped (so {@code *}, {@code [x](y)}, {@code <@id>} or
 * {@code <@&id>} typed by someone show as typed), bare links are left whole, and
 * {@code @everyone}/{@code @here} are broken with a zero-width space.
 */
final class DiscordMarkdown extends TextFormat {

    static final DiscordMarkdown INSTANCE = new DiscordMarkdown();

    private static final String ZWSP = "\u200B";
    private static final Pattern URL = Pattern.compile("https?://[^\\s<>]+");
    private static final Pattern SPECIAL = Pattern.compile("[\\\\*_~`|\\[\\]<>]");
    private static final Pattern LINE_START = Pattern.compile("(?m)^(\\s*)(#{1,3}\\s|-#?\\s)");
    private static final Pattern MASS = Pattern.compile("@(everyone|here)\\b", Pattern.CASE_INSENSITIVE);

    private DiscordMarkdown() {}

    /** Words shown exactly as written: markdown characters escaped, links whole, mass mentions broken. */
    static String escape(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        StringBuilder out = new StringBuilder();
        Matcher url = URL.matcher(text);
        int at = 0;
        while (url.find()) {
            out.append(escapeWords(text.substring(at, url.start()))).append(url.group());
            at = url.end();
        }
        out.append(escapeWords(text.substring(at)));
        String escaped =
                LINE_START.matcher(out).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + "\\" + m.group(2)));
        return MASS.matcher(escaped).replaceAll("@" + ZWSP + "$1");
    }

    private static String escapeWords(String words) {
        return SPECIAL.matcher(words).replaceAll(m -> Matcher.quoteReplacement("\\" + m.group()));
    }

    @Override
    protected String plain(String text) {
        return escape(text);
    }

    @Override
    protected String bold(String text) {
        return "**" + escape(text) + "**";
    }

    @Override
    protected String italic(String text) {
        return "*" + escape(text) + "*";
    }

    @Override
    protected String code(String text) {
        return backticked(text);
    }

    @Override
    protected String codeBlock(String text) {
        return "```\n" + text.replace("```", "`\u200B``") + "\n```";
    }

    @Override
    protected String link(String url, String label) {
        if (label.equals(url)) {
            return url;
        }
        return "[" + escape(label) + "](" + url.replace(")", "%29").replace(" ", "%20") + ")";
    }

    /** The member's tag, which pings nobody: AllowedMentions lists only mention spans. */
    @Override
    protected String quietMember(String memberId, String name) {
        return "<@" + memberId + ">";
    }

    @Override
    protected String command(CommandHint hint) {
        return backticked(slashCommand(hint));
    }

    /** {@code /path name:value ...}: how a member types the command in Discord's slash command box. */
    static String slashCommand(CommandHint hint) {
        String args = hint.arguments().stream()
                .map(a -> a.name() + ":" + (a.isPlaceholder() ? "<" + a.name() + ">" : a.value()))
                .collect(Collectors.joining(" "));
        return "/" + hint.path() + (args.isEmpty() ? "" : " " + args);
    }
}
