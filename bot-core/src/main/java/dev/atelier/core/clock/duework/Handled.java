package dev.atelier.core.clock.duework;

import dev.atelier.core.message.Notification;
import java.time.Instant;
import java.util.List;

/**
 * What a handler made of an item: notifications to send and the item done, nothing to do (the
 * occasion passed, the item is done), or not yet (due again at {@code deferTo}).
 */
public record Handled(List<Notification> notifications, boolean counted, Instant deferTo) {

    public static Handled send(List<Notification> notifications) {
        return new Handled(List.copyOf(notifications), true, null);
    }

    /** The occasion holds and its change was made, with nothing to send. */
    public static Handled recorded() {
        return new Handled(List.of(), true, null);
    }

    public static Handled obsolete() {
        return new Handled(List.of(), false, null);
    }

    public static Handled deferTo(Instant at) {
        return new Handled(List.of(), false, at);
    }

    public boolean deferred() {
        return deferTo != null;
    }
}
