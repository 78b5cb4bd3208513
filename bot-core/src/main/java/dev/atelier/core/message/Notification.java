package dev.atelier.core.message;

/**
 * A message the bot sends on its own (not as a reply): to a workspace, a channel or a DM.
 * When sending to {@code to} fails (a member who blocks DMs, a deleted channel), adapters try
 * {@code fallback} when there is one. A {@code living} notification is a post whose platform
 * reference is kept, or an edit of such a post (see {@link Living}); null for an ordinary one.
 */
public record Notification(Destination to, Destination fallback, Message message, Living living) {

    public Notification(Destination to, Destination fallback, Message message) {
        this(to, fallback, message, null);
    }

    public static Notification to(Destination to, Message message) {
        return new Notification(to, null, message.asPublic());
    }

    public static Notification to(Destination to, Destination fallback, Message message) {
        return new Notification(to, fallback, message.asPublic());
    }

    /** The same notification, as a living post kept under {@code key}. */
    public Notification kept(String key) {
        return new Notification(to, fallback, message, Living.keep(key));
    }

    /** The same notification, as a living post kept under {@code key} and pinned where the platform pins. */
    public Notification pinned(String key) {
        return new Notification(to, fallback, message, Living.keepPinned(key));
    }

    /**
     * An edit: {@code message} replaces the living message {@code living} names. {@code lane} is where
     * the original was sent, so the edit waits behind it.
     */
    public static Notification edit(Destination lane, Living living, Message message) {
        if (!living.edit()) {
            throw new IllegalArgumentException("not an edit");
        }
        return new Notification(lane, null, message.asPublic(), living);
    }

    public boolean isEdit() {
        return living != null && living.edit();
    }
}
