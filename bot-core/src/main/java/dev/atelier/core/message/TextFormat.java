package dev.atelier.core.message;

/**
 * How one platform writes a {@link Text}: each adapter extends this with its syntax (Discord
 * markdown, Slack mrkdwn, plain console text) and escapes what its markup would misread.
 */
public abstract class TextFormat {

    public String render(Text text) {
        StringBuilder out = new StringBuilder();
        for (Span span : text.spans()) {
            out.append(render(span));
        }
        return out.toString();
    }

    public String render(Span span) {
        if (span instanceof Span.Plain s) {
            return plain(s.text());
        } else if (span instanceof Span.Bold s) {
            return bold(s.text());
        } else if (span instanceof Span.Italic s) {
            return italic(s.text());
        } else if (span instanceof Span.Code s) {
            return code(s.text());
        } else if (span instanceof Span.CodeBlock s) {
            return codeBlock(s.text());
        } else if (span instanceof Span.Link s) {
            return link(s.url(), s.label());
        } else if (span instanceof Span.MemberMention s) {
            return member(s.memberId());
        } else if (span instanceof Span.ChannelMention s) {
            return channel(s.channelId());
        } else if (span instanceof Span.RoleMention s) {
            return role(s.roleId(), s.name());
        } else if (span instanceof Span.UserText s) {
            return userText(s.text());
        } else if (span instanceof Span.Quote s) {
            return quote(s.text());
        } else if (span instanceof Span.LineBreak) {
            return lineBreak();
        } else if (span instanceof Span.Bullet) {
            return bullet();
        } else if (span instanceof Span.Command s) {
            return command(s.hint());
        }
        throw new IllegalArgumentException("Unknown span " + span);
    }

    protected abstract String plain(String text);

    protected abstract String bold(String text);

    protected abstract String italic(String text);

    protected abstract String code(String text);

    protected abstract String codeBlock(String text);

    protected abstract String link(String url, String label);

    protected abstract String member(String memberId);

    protected abstract String channel(String channelId);

    protected abstract String role(String roleId, String name);

    protected abstract String userText(String text);

    protected abstract String quote(String text);

    protected abstract String command(CommandHint hint);

    protected String lineBreak() {
        return "\n";
    }

    protected String bullet() {
        return "• ";
    }

    /** Inline code that survives backticks in its content. */
    protected static String backticked(String text) {
        String safe = text.isEmpty() ? " " : text;
        return safe.contains("`")
                ? "``" + (safe.startsWith("`") ? " " : "") + safe + (safe.endsWith("`") ? " " : "") + "``"
                : "`" + safe + "`";
    }

    /** Every line of {@code text} prefixed with {@code > }. */
    protected static String quoted(String escaped) {
        return "> " + escaped.replace("\n", "\n> ");
    }
}
