package dev.atelier.core.question;

import dev.atelier.core.message.CommandHint;
import dev.atelier.core.message.Text;
import dev.atelier.core.shared.Rejected;

/**
 * An answer the mentor kept for the cohort when resolving a question: a resource or a best
 * practice, with a short title and, optionally, the answer itself.
 */
public record Knowledge(Kind kind, String title, String answer, String markedBy) {

    public static final int MAX_TITLE = 80;

    /** What kind of knowledge an answer is. */
    public enum Kind {
        RESOURCE("📚", "resource"),
        PRACTICE("⭐", "best practice");

        private final String icon;
        private final String name;

        Kind(String icon, String name) {
            this.icon = icon;
            this.name = name;
        }

        public String icon() {
            return icon;
        }

        public String label() {
            return icon + " " + name;
        }
    }

    public Knowledge {
        title = title == null ? "" : title.strip();
        if (title.isEmpty()) {
            throw new Rejected(Text.builder()
                    .plain("Give the " + kind.label() + " a short title, for example ")
                    .command(CommandHint.of("resolve")
                            .with("question", "3")
                            .with("kind", "resource")
                            .with("title", "Running the tests locally"))
                    .plain(".")
                    .build());
        }
        if (title.length() > MAX_TITLE) {
            throw new Rejected("Keep the title under " + MAX_TITLE + " characters; it has " + title.length() + ".");
        }
        answer = answer == null || answer.isBlank() ? null : answer.strip();
    }
}
