package dev.atelier.core.inbox;

import dev.atelier.core.community.Platform;
import dev.atelier.core.message.Message;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** A console reply channel valid 30 minutes that records what it answers; can refuse, or hold the first answer. */
final class RecordingReplies implements CommandReplies {

    record Answer(String key, String replyTo, Message reply) {}

    final List<Answer> answers = new CopyOnWriteArrayList<>();
    volatile boolean refuse;
    volatile CountDownLatch holding;
    final CountDownLatch held = new CountDownLatch(1);

    @Override
    public Platform platform() {
        return Platform.CONSOLE;
    }

    @Override
    public Duration validity() {
        return Duration.ofMinutes(30);
    }

    @Override
    public boolean answer(InboxCommand command, Message reply) {
        CountDownLatch hold = holding;
        if (hold != null) {
            holding = null;
            held.countDown();
            try {
                hold.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (refuse) {
            return false;
        }
        answers.add(new Answer(command.key(), command.replyTo(), reply));
        return true;
    }
}
