package dev.atelier.core.store;

import dev.atelier.core.message.ThreadRef;

/** A platform thread inside a document: its channel, its id there, a link (may be null). */
record ThreadDocument(String channelId, String threadId, String link) {

    static ThreadDocument of(ThreadRef t) {
        return t == null ? null : new ThreadDocument(t.channelId(), t.threadId(), t.link());
    }

    ThreadRef toThread() {
        return new ThreadRef(channelId, threadId, link);
    }

    static ThreadRef toThreadOrNull(ThreadDocument d) {
        return d == null ? null : d.toThread();
    }
}
