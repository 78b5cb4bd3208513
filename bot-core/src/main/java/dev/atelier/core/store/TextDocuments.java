package dev.atelier.core.store;

import dev.atelier.core.message.CommandHint;
import dev.atelier.core.message.Span;
import dev.atelier.core.message.Text;
import java.util.ArrayList;
import java.util.List;

/** {@link Text} stored span by span, so a stored reply comes back exactly as it was built. */
final class TextDocuments {

    /** One span: its kind, up to three values, and a command hint's arguments. */
    record SpanDocument(String kind, String a, String b, List<HintArgument> arguments, String c) {}

    record HintArgument(String name, String value, boolean named) {}

    private TextDocuments() {}

    static List<SpanDocument> toDocuments(Text text) {
        List<SpanDocument> out = new ArrayList<>();
        for (Span span : text.spans()) {
            out.add(toDocument(span));
        }
        return out;
    }

    private static SpanDocument toDocument(Span span) {
        if (span instanceof Span.Plain s) {
            return doc("plain", s.text(), null);
        } else if (span instanceof Span.Bold s) {
            return doc("bold", s.text(), null);
        } else if (span instanceof Span.Italic s) {
            return doc("italic", s.text(), null);
        } else if (span instanceof Span.Code s) {
            return doc("code", s.text(), null);
        } else if (span instanceof Span.CodeBlock s) {
            return doc("codeBlock", s.text(), null);
        } else if (span instanceof Span.Link s) {
            return doc("link", s.url(), s.label());
        } else if (span instanceof Span.PostLink s) {
            return new SpanDocument("post", s.key(), s.channelId(), null, s.label());
        } else if (span instanceof Span.MemberMention s) {
            return doc("member", s.memberId(), null);
        } else if (span instanceof Span.QuietMention s) {
            return doc("quiet", s.memberId(), s.name());
        } else if (span instanceof Span.ChannelMention s) {
            return doc("channel", s.channelId(), null);
        } else if (span instanceof Span.RoleMention s) {
            return doc("role", s.roleId(), s.name());
        } else if (span instanceof Span.UserText s) {
            return doc("user", s.text(), null);
        } else if (span instanceof Span.Quote s) {
            return doc("quote", s.text(), null);
        } else if (span instanceof Span.LineBreak) {
            return doc("line", null, null);
        } else if (span instanceof Span.Bullet) {
            return doc("bullet", null, null);
        } else if (span instanceof Span.Command s) {
            return new SpanDocument(
                    "command",
                    s.hint().path(),
                    null,
                    s.hint().arguments().stream()
                            .map(a -> new HintArgument(a.name(), a.value(), a.named()))
                            .toList(),
                    null);
        }
        throw new IllegalArgumentException("Unknown span " + span);
    }

    private static SpanDocument doc(String kind, String a, String b) {
        return new SpanDocument(kind, a, b, null, null);
    }

    /** The stored spans, or for replies stored before spans, their light markup read back. */
    static Text toText(List<SpanDocument> spans, String markup) {
        if (spans == null) {
            return LegacyMarkup.read(markup);
        }
        List<Span> out = new ArrayList<>();
        for (SpanDocument d : spans) {
            out.add(toSpan(d));
        }
        return new Text(out);
    }

    private static Span toSpan(SpanDocument d) {
        return switch (d.kind()) {
            case "plain" -> new Span.Plain(d.a());
            case "bold" -> new Span.Bold(d.a());
            case "italic" -> new Span.Italic(d.a());
            case "code" -> new Span.Code(d.a());
            case "codeBlock" -> new Span.CodeBlock(d.a());
            case "link" -> new Span.Link(d.a(), d.b());
            case "post" -> new Span.PostLink(d.a(), d.b(), d.c());
            case "member" -> new Span.MemberMention(d.a());
            case "quiet" -> new Span.QuietMention(d.a(), d.b());
            case "channel" -> new Span.ChannelMention(d.a());
            case "role" -> new Span.RoleMention(d.a(), d.b());
            case "user" -> new Span.UserText(d.a());
            case "quote" -> new Span.Quote(d.a());
            case "line" -> new Span.LineBreak();
            case "bullet" -> new Span.Bullet();
            case "command" ->
                new Span.Command(new CommandHint(
                        d.a(),
                        d.arguments() == null
                                ? List.of()
                                : d.arguments().stream()
                                        .map(a -> new CommandHint.Argument(a.name(), a.value(), a.named()))
                                        .toList()));
            default -> new Span.Plain("");
        };
    }
}
