package dev.atelier.core.store;

import dev.atelier.core.message.Living;
import dev.atelier.core.message.MessageRef;
import dev.atelier.core.message.ThreadChange;

/**
 * A living message's part of an outbox item, a storage shape of its own: the key its reference is kept
 * under, whether it edits, the message it edits ({@code at}), the change to that message's thread and whether
 * a post is pinned. The names are the ones outbox items were stored under before, so those still read.
 */
record LivingDocument(String key, boolean edit, At at, ThreadState thread, boolean pin) {

    /** Where the edited message lives. */
    record At(String channelId, String messageId) {}

    /** The edited message's thread: its new name, archived or not. */
    record ThreadState(String name, boolean archived) {}

    static LivingDocument of(Living l) {
        if (l == null) {
            return null;
        }
        return new LivingDocument(
                l.key(),
                l.edit(),
                l.at() == null ? null : new At(l.at().channelId(), l.at().messageId()),
                l.thread() == null
                        ? null
                        : new ThreadState(l.thread().name(), l.thread().archived()),
                l.pin());
    }

    Living toLiving() {
        return new Living(
                key,
                edit,
                at == null ? null : new MessageRef(at.channelId(), at.messageId()),
                thread == null ? null : new ThreadChange(thread.name(), thread.archived()),
                pin);
    }
}
