package dev.atelier.discord;

import dev.atelier.core.command.CommandCatalog;
import java.util.function.Supplier;
import net.dv8tion.jda.api.entities.Guild;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Registers the catalog as guild commands (they update at once, unlike global ones) when a guild
 * becomes ready at start and when Atelier joins a new one.
 */
final class CommandRegistrar {

    private static final Logger log = LoggerFactory.getLogger(CommandRegistrar.class);

    private final Supplier<CommandCatalog> catalog;

    CommandRegistrar(Supplier<CommandCatalog> catalog) {
        this.catalog = catalog;
    }

    void register(Guild guild) {
        try {
            guild.updateCommands()
                    .addCommands(SlashCommandDefinitions.from(catalog.get()))
                    .queue(
                            commands -> log.info(
                                    "Registered {} slash commands in guild {}", commands.size(), guild.getId()),
                            failure -> log.warn(
                                    "Could not register slash commands in guild {}: {}",
                                    guild.getId(),
                                    failure.toString()));
        } catch (RuntimeException e) {
            log.error("Could not register slash commands in guild {}", guild.getId(), e);
        }
    }
}
