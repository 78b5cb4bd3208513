package dev.atelier.app.dashboard;

import dev.atelier.core.outbox.DeliveryStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Adds the delivery panel (or nothing) for the viewer's community to the dashboard's pages. */
@ControllerAdvice(assignableTypes = PageController.class)
class DeliveryPanelAdvice {

    private final DeliveryStatus status;

    DeliveryPanelAdvice(DeliveryStatus status) {
        this.status = status;
    }

    @ModelAttribute("delivery")
    DeliveryPanel delivery(Viewer viewer) {
        return status.of(viewer.communityId()).map(DeliveryPanel::of).orElse(null);
    }
}
