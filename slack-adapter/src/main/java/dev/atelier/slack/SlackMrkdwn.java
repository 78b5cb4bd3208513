package dev.atelier.slack;

import dev.atelier.core.message.CommandHint;
import dev.atelier.core.message.MassMentions;
import dev.atelier.core.message.TextFormat;
import java.util.regex.Pattern;

/**
 * Portable text as Slack mrkdwn: {@code *bold*}, {@code _italic_}, {@code <url|label>},
 * {@code <@id>}, {@code <#id>}, roles by name (never pinged), commands as
 * {@code /atelier internship start @a @b 1}. In words, the bot's and members' alike, {@code &},
 * {@code <} and {@code >} are escaped (an entity Slack already escaped is kept), so a typed
 * {@code <!here>}, {@code <@U1>} or {@code <http://evil|click>} shows as text, never as markup.
 */
final class SlackMrkdwn extends TextFormat {

    static final SlackMrkdwn INSTANCE = new SlackMrkdwn();
    static final String SLASH_COMMAND = "/atelier";

    private static final Pattern BARE_AMPERSAND = Pattern.compile("&(?!(?:amp|lt|gt);)");

    private SlackMrkdwn() {}

    /** Words shown as written: {@code &}, {@code <}, {@code >} escaped, mass mentions broken. */
    static String escape(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String escaped = BARE_AMPERSAND.matcher(text).replaceAll("&amp;");
        return MassMentions.defuse(escaped.replace("<", "&lt;").replace(">", "&gt;"));
    }

    @Override
    protected String plain(String text) {
        return escape(text);
    }

    @Override
    protected String bold(String text) {
        return "*" + escape(text.replace("*", "")) + "*";
    }

    @Override
    protected String italic(String text) {
        return "_" + escape(text.replace("_", " ")) + "_";
    }

    @Override
    protected String code(String text) {
        return "`" + escape(text.replace("`", "'")) + "`";
    }

    @Override
    protected String codeBlock(String text) {
        return "```" + escape(text.replace("```", "'''")) + "```";
    }

    @Override
    protected String link(String url, String label) {
        String target = url.replace("<", "%3C").replace(">", "%3E").replace("|", "%7C");
        return label.equals(url) ? "<" + target + ">" : "<" + target + "|" + escape(label) + ">";
    }

    @Override
    protected String command(CommandHint hint) {
        return code(slashCommand(hint));
    }

    /** {@code /atelier path values...}: how a member types the command in Slack. */
    static String slashCommand(CommandHint hint) {
        return SLASH_COMMAND + " " + hint.positionalLine();
    }
}
