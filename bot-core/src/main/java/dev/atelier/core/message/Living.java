package dev.atelier.core.message;

import java.util.Objects;

/**
 * Makes a notification a living message: one that shows the current state of what it is about and
 * is updated in place when that state changes. A post ({@link #keep}) has its platform reference kept
 * under {@code key} once delivered; an edit replaces the message kept under {@code key}
 * ({@link #edit}), or the message at a reference its aggregate already holds ({@link #editAt}, a
 * question's card, which is also the start of its thread), and may change that thread.
 *
 * <p>Keys name the aggregate and the message, scoped to the community by the store:
 * {@code submission:<internship>:<milestone>:<n>}, {@code pair:<digest of cohort, pair and member>},
 * {@code checkin:<internship>:<prompt>}.
 */
public record Living(String key, boolean edit, MessageRef at, ThreadChange thread, boolean pin) {

    public Living {
        if (key == null && at == null) {
            throw new IllegalArgumentException("a living message needs a key or a reference");
        }
        if (edit && pin) {
            throw new IllegalArgumentException("only a post is pinned");
        }
        if (!edit && (key == null || at != null || thread != null)) {
            throw new IllegalArgumentException("a post is kept under a key, without a reference or thread change");
        }
    }

    /** A post whose reference is kept under {@code key}. */
    public static Living keep(String key) {
        return new Living(Objects.requireNonNull(key, "key"), false, null, null, false);
    }

    /** A post whose reference is kept under {@code key}, pinned in its channel where the platform pins. */
    public static Living keepPinned(String key) {
        return new Living(Objects.requireNonNull(key, "key"), false, null, null, true);
    }

    /** An edit of the message kept under {@code key}. */
    public static Living edit(String key) {
        return new Living(Objects.requireNonNull(key, "key"), true, null, null, false);
    }

    /** An edit of the message at {@code at}, with its thread changed as {@code thread} says (may be null). */
    public static Living editAt(MessageRef at, ThreadChange thread) {
        return new Living(null, true, Objects.requireNonNull(at, "at"), thread, false);
    }
}
