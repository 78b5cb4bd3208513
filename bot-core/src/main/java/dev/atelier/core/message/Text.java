package dev.atelier.core.message;

import dev.atelier.core.community.Member;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Portable rich text: a list of {@link Span spans} (plain words, emphasis, code, links, mentions,
 * words a member typed, line breaks, list items, command hints). Build it with {@link #builder()};
 * adapters render it with a {@link TextFormat}. Nothing in it is any platform's syntax.
 */
public record Text(List<Span> spans) {

    private static final Text EMPTY = new Text(List.of());

    public Text {
        spans = List.copyOf(spans);
    }

    public static Text empty() {
        return EMPTY;
    }

    /** Words the bot wrote, shown as they are. */
    public static Text of(String plain) {
        return plain == null || plain.isEmpty() ? EMPTY : builder().plain(plain).build();
    }

    /** Words a member typed: never markup, never a ping. */
    public static Text user(String typed) {
        return typed == null || typed.isEmpty() ? EMPTY : builder().user(typed).build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The texts one after another, separated by {@code separator}. */
    public static Text join(Text separator, Collection<Text> texts) {
        Builder out = builder();
        boolean first = true;
        for (Text text : texts) {
            if (!first) {
                out.text(separator);
            }
            out.text(text);
            first = false;
        }
        return out.build();
    }

    /** The texts as a list, one item per line. */
    public static Text list(Collection<Text> items) {
        Builder out = builder();
        for (Text item : items) {
            out.item(item);
        }
        return out.build();
    }

    public boolean isEmpty() {
        return spans.isEmpty()
                || spans.stream()
                        .allMatch(s -> s instanceof Span.Plain p && p.text().isBlank());
    }

    /** This text followed by {@code more}. */
    public Text append(Text more) {
        return builder().text(this).text(more).build();
    }

    /** This text followed by plain words. */
    public Text append(String plain) {
        return append(of(plain));
    }

    /** The members this text mentions (not those named inside a member's own words), in order. */
    public Set<String> mentionedMembers() {
        Set<String> ids = new LinkedHashSet<>();
        for (Span span : spans) {
            if (span instanceof Span.MemberMention m) {
                ids.add(m.memberId());
            }
        }
        return ids;
    }

    /** As plain text: for logs, notification fallbacks, console and tests. */
    public String plain() {
        return PlainTextFormat.INSTANCE.render(this);
    }

    /**
     * In the core's light markup ({@code *bold*}, {@code `code`}, {@code <@id>}): a readable view for
     * tests and logs. Never sent to a platform.
     */
    public String markup() {
        return LightMarkup.write(this);
    }

    @Override
    public String toString() {
        return markup();
    }

    /** Builds a {@link Text} piece by piece. */
    public static final class Builder {

        private final List<Span> spans = new ArrayList<>();
        private boolean needsBreak;

        private Builder() {}

        public Builder plain(String text) {
            return addText(text, Span.Plain::new);
        }

        public Builder bold(String text) {
            return addText(text, Span.Bold::new);
        }

        public Builder italic(String text) {
            return addText(text, Span.Italic::new);
        }

        public Builder code(String text) {
            return addText(text, Span.Code::new);
        }

        /** A preformatted block on its own lines. */
        public Builder codeBlock(String text) {
            breakLine();
            add(new Span.CodeBlock(text == null ? "" : text));
            needsBreak = true;
            return this;
        }

        public Builder link(String url, String label) {
            add(new Span.Link(url, label));
            return this;
        }

        /** A link to the post kept under {@code key} in {@code channelId} (see {@link Span.PostLink}). */
        public Builder postLink(String key, String channelId, String label) {
            add(new Span.PostLink(key, channelId, label));
            return this;
        }

        public Builder member(String memberId) {
            add(new Span.MemberMention(memberId));
            return this;
        }

        /** A member, pinged (see {@link Span.MemberMention}). */
        public Builder member(Member member) {
            return member(member.id());
        }

        /** A member named without a ping (see {@link Span.QuietMention}). */
        public Builder quiet(Member member) {
            return quiet(member.id(), member.name());
        }

        /** Members, comma separated. */
        public Builder members(Collection<String> memberIds) {
            boolean first = true;
            for (String id : memberIds) {
                if (!first) {
                    plain(", ");
                }
                member(id);
                first = false;
            }
            return this;
        }

        /** A member named without a ping (see {@link Span.QuietMention}). */
        public Builder quiet(String memberId, String name) {
            add(new Span.QuietMention(memberId, name));
            return this;
        }

        public Builder channel(String channelId) {
            add(new Span.ChannelMention(channelId));
            return this;
        }

        public Builder role(String roleId, String name) {
            add(new Span.RoleMention(roleId, name));
            return this;
        }

        /** Words a member typed: never markup, never a ping. */
        public Builder user(String typed) {
            return addText(typed, Span.UserText::new);
        }

        /** A member's words as a quoted block on its own lines. */
        public Builder quote(String typed) {
            if (typed == null || typed.isEmpty()) {
                return this;
            }
            breakLine();
            add(new Span.Quote(typed));
            needsBreak = true;
            return this;
        }

        /** A command as the reader types it on their platform. */
        public Builder command(CommandHint hint) {
            add(new Span.Command(hint));
            return this;
        }

        /** A command without arguments, such as {@code help} or {@code task list}. */
        public Builder command(String path) {
            return command(CommandHint.of(path));
        }

        public Builder line() {
            spans.add(new Span.LineBreak());
            needsBreak = false;
            return this;
        }

        /** A blank line between paragraphs. */
        public Builder paragraph() {
            return line().line();
        }

        /** Starts a list item on its own line. */
        public Builder bullet() {
            add(new Span.Bullet());
            return this;
        }

        /** A list item on its own line. */
        public Builder item(Text item) {
            return bullet().text(item);
        }

        public Builder text(Text text) {
            if (text != null) {
                text.spans().forEach(this::add);
            }
            return this;
        }

        public boolean isEmpty() {
            return spans.isEmpty();
        }

        public Text build() {
            return new Text(spans);
        }

        /** Starts a new line unless already at the start of one. */
        private void breakLine() {
            if (!spans.isEmpty() && !(spans.get(spans.size() - 1) instanceof Span.LineBreak)) {
                line();
            }
        }

        /**
         * Adds a span; after a block (quote, code block) anything but a line break starts a new line, and a list
         * item always starts on its own line (also when another text ending mid-line is joined before it).
         */
        private void add(Span span) {
            if (span instanceof Span.LineBreak) {
                line();
                return;
            }
            if (needsBreak || span instanceof Span.Bullet) {
                breakLine();
            }
            spans.add(span);
        }

        private Builder addText(String text, Function<String, Span> span) {
            if (text != null && !text.isEmpty()) {
                add(span.apply(text));
            }
            return this;
        }
    }
}
