package dev.atelier.core.command;

import dev.atelier.core.shared.Requester;

/** A command being handled: the caller, and whether the core found them to be a moderator. */
public record Context(Caller caller, boolean moderator) {

    public Requester requester() {
        return new Requester(caller.community(), caller.actor().member(), moderator);
    }
}
