package dev.atelier.core.command;

/**
 * One feature's chat commands. Each feature package has a class implementing it that builds its use
 * cases and adds its own entries to the catalog; the composition root lists the features, one line
 * each, and nothing else registers commands.
 */
public interface Feature {

    /** Adds this feature's commands to the catalog. */
    void register(CommandCatalog catalog);
}
