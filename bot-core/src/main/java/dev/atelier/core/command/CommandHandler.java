package dev.atelier.core.command;

import dev.atelier.core.message.Outcome;

/** Translates a parsed command into a use-case call; the use case decides. */
@FunctionalInterface
public interface CommandHandler {

    Outcome handle(Context context, Options options);
}
