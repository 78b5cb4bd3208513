package dev.atelier.core.message;

import java.util.Objects;

/**
 * One piece of a {@link Text}. Spans say what a piece is (emphasis, code, a link, a mention, words a
 * member typed, a command to run), never how a platform writes it: each adapter renders them in its
 * own syntax through a {@link TextFormat}.
 */
public sealed interface Span {

    /** Text the bot itself wrote, shown as it is (adapters escape their markup characters). */
    record Plain(String text) implements Span {
        public Plain {
            Objects.requireNonNull(text, "text");
        }
    }

    /** Strong emphasis: Discord {@code **x**}, Slack {@code *x*}. */
    record Bold(String text) implements Span {
        public Bold {
            Objects.requireNonNull(text, "text");
        }
    }

    /** Light emphasis: Discord {@code *x*}, Slack {@code _x_}. */
    record Italic(String text) implements Span {
        public Italic {
            Objects.requireNonNull(text, "text");
        }
    }

    /** Inline code: ids, values and literal words to type. */
    record Code(String text) implements Span {
        public Code {
            Objects.requireNonNull(text, "text");
        }
    }

    /** A preformatted block on its own lines. */
    record CodeBlock(String text) implements Span {
        public CodeBlock {
            Objects.requireNonNull(text, "text");
        }
    }

    /** A link with a label the bot chose (a link a member typed is {@link UserText}). */
    record Link(String url, String label) implements Span {
        public Link {
            Objects.requireNonNull(url, "url");
            label = label == null || label.isBlank() ? url : label;
        }
    }

    /**
     * A message the bot posted in {@code channelId} and keeps under a living {@code key} (see {@link Living}):
     * when it is delivered, a link to that very message labelled {@code label} (its reference is looked up
     * then, so the message may be posted just before); while its reference is unknown, the label and its
     * channel.
     */
    record PostLink(String key, String channelId, String label) implements Span {
        public PostLink {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(channelId, "channelId");
            Objects.requireNonNull(label, "label");
        }
    }

    /** A member, by platform user id: pinged where the platform pings mentions. */
    record MemberMention(String memberId) implements Span {
        public MemberMention {
            Objects.requireNonNull(memberId, "memberId");
        }
    }

    /**
     * A member named without a ping (the one who acted, someone mentioned in passing): Discord shows
     * the member's tag without notifying; platforms that notify on every tag show the name.
     */
    record QuietMention(String memberId, String name) implements Span {
        public QuietMention {
            Objects.requireNonNull(memberId, "memberId");
            name = name == null || name.isBlank() ? memberId : name;
        }
    }

    /** A channel or thread, by platform id. */
    record ChannelMention(String channelId) implements Span {
        public ChannelMention {
            Objects.requireNonNull(channelId, "channelId");
        }
    }

    /** A role, shown by its name and never pinged. */
    record RoleMention(String roleId, String name) implements Span {
        public RoleMention {
            Objects.requireNonNull(roleId, "roleId");
            name = name == null || name.isBlank() ? "role" : name;
        }
    }

    /**
     * Words a member typed (a question, a note, a cohort name): never markup, never a ping, never a
     * disguised link, on any platform.
     */
    record UserText(String text) implements Span {
        public UserText {
            Objects.requireNonNull(text, "text");
        }
    }

    /** A member's words shown as a quoted block on their own lines; like {@link UserText}, never markup. */
    record Quote(String text) implements Span {
        public Quote {
            Objects.requireNonNull(text, "text");
        }
    }

    /** A line break. */
    record LineBreak() implements Span {}

    /** The start of a list item. */
    record Bullet() implements Span {}

    /** A command as the reader types it on their platform (see {@link CommandHint}). */
    record Command(CommandHint hint) implements Span {
        public Command {
            Objects.requireNonNull(hint, "hint");
        }
    }
}
