package dev.atelier.core.outbox;

import dev.atelier.core.community.CommunityRef;
import dev.atelier.core.message.MessageRef;
import java.util.Optional;

/**
 * Port: the platform references of living messages, each kept under its aggregate's key (see
 * {@link dev.atelier.core.message.Living}) within its community, so that a later change of state
 * edits the message in place. A key holds one reference: the latest post under it.
 */
public interface MessageRefs {

    MessageRefs NONE = new MessageRefs() {
        @Override
        public void keep(CommunityRef community, String key, MessageRef ref) {}

        @Override
        public Optional<MessageRef> find(CommunityRef community, String key) {
            return Optional.empty();
        }
    };

    void keep(CommunityRef community, String key, MessageRef ref);

    Optional<MessageRef> find(CommunityRef community, String key);
}
