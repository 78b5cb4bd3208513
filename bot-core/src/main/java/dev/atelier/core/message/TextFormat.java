package dev.atelier.core.message;

/**
 * How one platform writes a {@link Text}: the walk over its spans is here, with the parts every platform writes
 * alike (user text, quotes and role names as escaped words; mentions as the {@code <@id>}/{@code <#id>} tags both
 * chat platforms read); each adapter extends it with its syntax (Discord markdown, Slack mrkdwn, plain console
 * text) and its escaping in {@link #plain}.
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
        } else if (span instanceof Span.PostLink s) {
            return postLink(s);
        } else if (span instanceof Span.MemberMention s) {
            return member(s.memberId());
        } else if (span instanceof Span.QuietMention s) {
            return quietMember(s.memberId(), s.name());
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

    /** Words as written, escaped so that the platform's markup reads nothing in them. */
    protected abstract String plain(String text);

    protected abstract String bold(String text);

    protected abstract String italic(String text);

    protected abstract String code(String text);

    protected abstract String codeBlock(String text);

    protected abstract String link(String url, String label);

    /** A kept post whose reference was not resolved into a link: its label and its channel. */
    protected String postLink(Span.PostLink link) {
        return plain(link.label() + " in ") + channel(link.channelId());
    }

    /** A member who is pinged; by default the tag both chat platforms read, {@code <@id>}. */
    protected String member(String memberId) {
        return "<@" + memberId + ">";
    }

    /** A member named without a ping; by default their name. */
    protected String quietMember(String memberId, String name) {
        return plain("@" + name);
    }

    /** A channel; by default the tag both chat platforms read, {@code <#id>}. */
    protected String channel(String channelId) {
        return "<#" + channelId + ">";
    }

    /** A role by its name, which pings nobody. */
    protected String role(String roleId, String name) {
        return "@" + plain(name);
    }

    /** What a member typed: shown as written, like any words. */
    protected String userText(String text) {
        return plain(text);
    }

    protected String quote(String text) {
        return quoted(plain(text));
    }

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
