package dev.atelier.core.message;

/**
 * A message the bot sends on its own (not as a reply): to a workspace, a channel or a DM.
 * When sending to {@code to} fails (a member who blocks DMs, a deleted channel), adapters try
 * {@code fallback} when there is one.
 */
public record Notification(Destination to, Destination fallback, Message message) {

    public static Notification to(Destination to, Message message) {
        return new Notification(to, null, message.asPublic());
    }

    public static Notification to(Destination to, Destination fallback, Message message) {
        return new Notification(to, fallback, message.asPublic());
    }
}
