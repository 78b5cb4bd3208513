package dev.atelier.discord;

import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.utils.ConcurrentSessionController;

/**
 * JDA asks its session controller, not the REST API, for the gateway URL. This one answers with
 * the configured {@code atelier.discord.gateway-url}, so a local Discord-compatible server or a
 * gateway proxy can stand in for Discord.
 */
final class GatewaySessionController extends ConcurrentSessionController {

    private final String gatewayUrl;

    GatewaySessionController(String gatewayUrl) {
        this.gatewayUrl = gatewayUrl;
    }

    @Override
    public String getGateway() {
        return gatewayUrl;
    }

    @Override
    public ShardedGateway getShardedGateway(JDA api) {
        return new ShardedGateway(gatewayUrl, 1, 1);
    }
}
