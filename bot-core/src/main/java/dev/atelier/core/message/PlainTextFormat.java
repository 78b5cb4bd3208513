package dev.atelier.core.message;

/**
 * A {@link Text} as plain words: mentions as {@code @id} and {@code #id}, links as
 * {@code label (url)}, commands as the console types them. For logs, notification fallbacks and
 * the console. Mass mentions are defused.
 */
public class PlainTextFormat extends TextFormat {

    static final PlainTextFormat INSTANCE = new PlainTextFormat();

    protected PlainTextFormat() {}

    @Override
    protected String plain(String text) {
        return MassMentions.defuse(text);
    }

    @Override
    protected String bold(String text) {
        return plain(text);
    }

    @Override
    protected String italic(String text) {
        return plain(text);
    }

    @Override
    protected String code(String text) {
        return text;
    }

    @Override
    protected String codeBlock(String text) {
        return text;
    }

    @Override
    protected String link(String url, String label) {
        return label.equals(url) ? url : plain(label) + " (" + url + ")";
    }

    @Override
    protected String member(String memberId) {
        return "@" + memberId;
    }

    @Override
    protected String channel(String channelId) {
        return "#" + channelId;
    }

    @Override
    protected String command(CommandHint hint) {
        return hint.consoleLine();
    }
}
