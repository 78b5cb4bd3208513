package dev.atelier.core.message;

import java.util.List;

/**
 * What the core answers to one command, button or modal: either a reply to the person who acted,
 * or a modal to show them. Notifications to others have already been handed to the platform's
 * {@code Notifier} when an outcome reaches an adapter; they are kept here for tests and the console.
 */
public record Outcome(Message reply, Modal modal, List<Notification> notifications) {

    public Outcome {
        notifications = List.copyOf(notifications);
    }

    public static Outcome reply(Message reply) {
        return new Outcome(reply, null, List.of());
    }

    public static Outcome reply(Message reply, List<Notification> notifications) {
        return new Outcome(reply, null, notifications);
    }

    public static Outcome showModal(Modal modal) {
        return new Outcome(null, modal, List.of());
    }

    public boolean isModal() {
        return modal != null;
    }
}
