package dev.atelier.core.outbox;

import dev.atelier.core.message.MessageRef;
import dev.atelier.core.message.Span;
import dev.atelier.core.message.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns the {@link Span.PostLink links to kept posts} in an item's message into links to those very messages,
 * just before it is delivered: by then the post it points to has usually been delivered (it was written first),
 * so its reference is known. A post whose reference is not known, or a platform that cannot link a message,
 * leaves the span as it is, which renders as its label and channel.
 */
final class PostLinks {

    private PostLinks() {}

    static OutboxItem resolved(OutboxItem item, MessageRefs refs, Courier courier) {
        Text body = item.message().body();
        if (body.spans().stream().noneMatch(Span.PostLink.class::isInstance)) {
            return item;
        }
        List<Span> spans = new ArrayList<>(body.spans().size());
        for (Span span : body.spans()) {
            spans.add(span instanceof Span.PostLink link ? resolved(item, link, refs, courier) : span);
        }
        return new OutboxItem(
                item.id(),
                item.community(),
                item.kind(),
                item.to(),
                item.thread(),
                item.fallback(),
                item.message().withBody(new Text(spans)),
                item.createdAt(),
                item.expiresAt(),
                item.attempts(),
                item.unsure(),
                item.living());
    }

    private static Span resolved(OutboxItem item, Span.PostLink link, MessageRefs refs, Courier courier) {
        Optional<MessageRef> at = refs.find(item.community(), link.key());
        return at.flatMap(ref -> courier.linkTo(item.community(), ref))
                .<Span>map(url -> new Span.Link(url, link.label()))
                .orElse(link);
    }
}
