package dev.atelier.core.outbox;

import dev.atelier.core.community.Platform;

/** What the outbox reports to metrics: each delivery, retry and drop (by reason). */
public interface DeliveryEvents {

    DeliveryEvents NONE = new DeliveryEvents() {};

    default void delivered(Platform platform, String kind) {}

    default void retried(Platform platform, String reason) {}

    default void dropped(Platform platform, String reason) {}
}
