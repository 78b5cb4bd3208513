package dev.atelier.core.shared;

import dev.atelier.core.message.Text;

/**
 * A request the domain refuses: bad input, a missing role, an action out of order. The text is
 * shown to the person as it is, so it says what went wrong and what to do instead (a command to run
 * is a {@link dev.atelier.core.message.CommandHint}, never inline code). Nothing was changed when
 * this is thrown.
 */
public class Rejected extends RuntimeException {

    private final transient Text text;

    /** A refusal in plain words. */
    public Rejected(String message) {
        this(Text.of(message));
    }

    /** A refusal with structure: emphasis, a member named, a command hint. */
    public Rejected(Text text) {
        super(text.markup(), null, false, false);
        this.text = text;
    }

    /** What to show the person. */
    public Text text() {
        return text;
    }
}
