package dev.atelier.discord;

import dev.atelier.core.delivery.Deliveries;
import java.util.function.Supplier;
import net.dv8tion.jda.api.interactions.Interaction;

/**
 * Lets a button press or a form submission act once: Discord gives each interaction its own id, so
 * one delivered again (a gateway resume, a second instance on the same bot) is recognised by it and
 * left alone (it was answered the first time).
 */
final class OncePerInteraction {

    private final Supplier<Deliveries> deliveries;

    OncePerInteraction(Supplier<Deliveries> deliveries) {
        this.deliveries = deliveries;
    }

    boolean firstTime(Interaction interaction) {
        String id = interaction.getId();
        if (id == null) {
            return true;
        }
        String community =
                interaction.getGuild() != null ? interaction.getGuild().getId() : "dm";
        return deliveries.get().firstTime(community, "interaction:" + id, Deliveries.INTERACTIONS);
    }
}
