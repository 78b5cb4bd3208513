package dev.atelier.core.message;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The core's former string markup, read into spans and written back for tests and logs:
 * {@code *bold*}, {@code `code`}, {@code ```block```}, {@code <@id>}, {@code <#id>},
 * {@code <url|label>}, lines starting with {@code >} (a member's quoted words, never markup), and
 * words a member typed wrapped by {@link Text#typed(String)} (never markup, never a ping).
 */
final class LightMarkup {

    private static final Pattern TOKEN = Pattern.compile(
            "```\\n?([\\s\\S]*?)\\n?```" // 1 code block
                    + "|`([^`\\n]+)`" // 2 code
                    + "|\\*([^*\\s](?:[^*\\n]*[^*\\s])?)\\*" // 3 bold
                    + "|<@!?([A-Za-z0-9_.-]+)>" // 4 member
                    + "|<#([A-Za-z0-9_.-]+)(?:\\|[^>]*)?>" // 5 channel
                    + "|<(https?://[^|>\\s]+)(?:\\|([^>]*))?>" // 6 url, 7 label
                    + "|\\n" //
                    + "|•\\s" //
                    + "|\uE000([^\uE001]*)\uE001"); // 8 user text

    private LightMarkup() {}

    /** Words a member typed, marked so that {@link #parse} keeps them as {@link Span.UserText}. */
    static String user(String typed) {
        return "\uE000"
                + (typed == null
                        ? ""
                        : typed.replace("\uE000", "").replace("\uE001", "").replace('\n', ' ')) + "\uE001";
    }

    static Text parse(String markup) {
        Text.Builder out = Text.builder();
        StringBuilder quote = new StringBuilder();
        String[] lines = markup.split("\n", -1);
        boolean firstLine = true;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.startsWith(">")) {
                quote.append(quote.length() == 0 ? "" : "\n").append(line.replaceFirst("^> ?", ""));
                continue;
            }
            if (quote.length() > 0) {
                out.quote(quote.toString());
                quote.setLength(0);
            } else if (!firstLine) {
                out.line();
            }
            firstLine = false;
            inline(line, out);
        }
        if (quote.length() > 0) {
            out.quote(quote.toString());
        }
        return out.build();
    }

    private static void inline(String line, Text.Builder out) {
        Matcher m = TOKEN.matcher(line);
        int at = 0;
        while (m.find()) {
            out.plain(line.substring(at, m.start()));
            if (m.group(1) != null) {
                out.codeBlock(m.group(1));
            } else if (m.group(2) != null) {
                out.code(m.group(2));
            } else if (m.group(3) != null) {
                out.bold(m.group(3));
            } else if (m.group(4) != null) {
                out.member(m.group(4));
            } else if (m.group(5) != null) {
                out.channel(m.group(5));
            } else if (m.group(6) != null) {
                out.link(m.group(6), m.group(7));
            } else if (m.group(8) != null) {
                out.user(m.group(8));
            } else if (m.group().startsWith("•")) {
                out.bullet();
            }
            at = m.end();
        }
        out.plain(line.substring(at));
    }

    static String write(Text text) {
        return WRITER.render(text);
    }

    private static final TextFormat WRITER = new TextFormat() {
        @Override
        protected String plain(String text) {
            return text;
        }

        @Override
        protected String bold(String text) {
            return "*" + text + "*";
        }

        @Override
        protected String italic(String text) {
            return "_" + text + "_";
        }

        @Override
        protected String code(String text) {
            return "`" + text + "`";
        }

        @Override
        protected String codeBlock(String text) {
            return "```\n" + text + "\n```";
        }

        @Override
        protected String link(String url, String label) {
            return label.equals(url) ? url : "<" + url + "|" + label + ">";
        }

        @Override
        protected String command(CommandHint hint) {
            return "`" + hint.consoleLine() + "`";
        }
    };
}
