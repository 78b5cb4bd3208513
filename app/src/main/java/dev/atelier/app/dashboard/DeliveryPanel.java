package dev.atelier.app.dashboard;

import dev.atelier.core.outbox.DeliveryStatus;
import java.util.List;

/** The "delivery" panel of the overview, shown only when messages to the community are late or refused. */
record DeliveryPanel(long pending, String oldest, List<String> refusals) {

    static DeliveryPanel of(DeliveryStatus.Late late) {
        long minutes = late.oldestAge().toMinutes();
        String oldest = late.oldestAge().isZero()
                ? null
                : minutes < 60 ? minutes + " min" : late.oldestAge().toHours() + " h " + (minutes % 60) + " min";
        return new DeliveryPanel(late.pending(), oldest, late.refusals());
    }
}
