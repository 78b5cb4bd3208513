package dev.atelier.core.workspace;

import dev.atelier.core.community.CommunityRef;
import dev.atelier.core.community.Platform;
import dev.atelier.core.message.Notification;

/**
 * Outbound port: sends a notification to a channel or a member on one platform. Implementations
 * try the notification's fallback when the first destination fails, and never throw for a
 * delivery failure (they log it): a notification is best effort, the stored state is the truth.
 */
public interface Notifier {

    Platform platform();

    void send(CommunityRef community, Notification notification);
}
