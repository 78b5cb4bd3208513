package dev.atelier.core.store;

import dev.atelier.core.message.Text;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the light markup that outbox entries and living messages were stored in before they were
 * stored span by span ({@code *bold*}, {@code `code`}, {@code <@id>}, {@code <#id>},
 * {@code <url|label>}, {@code > quoted lines}, words a member typed between the private-use marks
 * U+E000 and U+E001). Only for documents written by earlier versions: new ones are written as spans.
 */
final class LegacyMarkup {

    private static final Pattern TOKEN = Pattern.compile(
            "`([^`\\n]+)`" // 1 code
                    + "|\\*([^*\\s](?:[^*\\n]*[^*\\s])?)\\*" // 2 bold
                    + "|<@!?([A-Za-z0-9_.-]+)>" // 3 member
                    + "|<#([A-Za-z0-9_.-]+)(?:\\|[^>]*)?>" // 4 channel
                    + "|<(https?://[^|>\\s]+)(?:\\|([^>]*))?>" // 5 url, 6 label
                    + "|•\\s" //
                    + "|\uE000([^\uE001]*)\uE001"); // 7 user text

    private LegacyMarkup() {}

    static Text read(String markup) {
        if (markup == null || markup.isEmpty()) {
            return Text.empty();
        }
        Text.Builder out = Text.builder();
        StringBuilder quote = new StringBuilder();
        boolean firstLine = true;
        for (String line : markup.split("\n", -1)) {
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
                out.code(m.group(1));
            } else if (m.group(2) != null) {
                out.bold(m.group(2));
            } else if (m.group(3) != null) {
                out.member(m.group(3));
            } else if (m.group(4) != null) {
                out.channel(m.group(4));
            } else if (m.group(5) != null) {
                out.link(m.group(5), m.group(6));
            } else if (m.group(7) != null) {
                out.user(m.group(7));
            } else {
                out.bullet();
            }
            at = m.end();
        }
        out.plain(line.substring(at));
    }
}
