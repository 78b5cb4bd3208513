package dev.atelier.core.inbox;

import dev.atelier.core.message.Message;

/** A stored command with its state and, once applied, the reply it earned (null when it has none). */
public record InboxEntry(InboxCommand command, InboxState state, Message reply) {}
