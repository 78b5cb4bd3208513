package dev.atelier.core.message;

/**
 * A readable view of {@link Text} for tests and logs, in a light markup: {@code *bold*}, {@code `code`},
 * {@code <@id>}, {@code <#id>}, {@code <url|label>}, quoted lines with {@code >}, a command hint as the
 * console types it. Written only: nothing reads it back into spans, and it is never sent to a platform.
 */
final class LightMarkup {

    private LightMarkup() {}

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
