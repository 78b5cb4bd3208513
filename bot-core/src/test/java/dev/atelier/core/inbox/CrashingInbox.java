package dev.atelier.core.inbox;

import dev.atelier.core.message.Message;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The real inbox of an instance that dies at one step: the call named {@code crashAt} throws
 * {@link Crash} instead of returning (after doing its work when {@code afterWrite}), and every later
 * write is lost, as if the process had gone (its lane claims are never given back).
 */
class CrashingInbox implements CommandInbox {

    static final class Crash extends Error {
        Crash() {
            super("simulated crash");
        }
    }

    private final CommandInbox real;
    private final String crashAt;
    private boolean dead;

    CrashingInbox(CommandInbox real, String crashAt) {
        this.real = real;
        this.crashAt = crashAt;
    }

    private void step(String name) {
        if (dead) {
            throw new Crash();
        }
        if (name.equals(crashAt)) {
            dead = true;
            throw new Crash();
        }
    }

    @Override
    public boolean accept(InboxCommand command) {
        return real.accept(command);
    }

    @Override
    public Optional<LaneClaim> claim(String instanceId, Instant now, Duration lease) {
        return real.claim(instanceId, now, lease);
    }

    @Override
    public Optional<InboxEntry> next(LaneClaim claim) {
        step("next");
        return real.next(claim);
    }

    @Override
    public boolean applied(String key, Message reply, Instant at) {
        boolean result = real.applied(key, reply, at);
        step("applied");
        return result;
    }

    @Override
    public void answered(String key, String how, Instant at) {
        step("answered");
        real.answered(key, how, at);
    }

    @Override
    public boolean renew(LaneClaim claim, Instant until) {
        step("renew");
        return real.renew(claim, until);
    }

    @Override
    public void release(LaneClaim claim, Instant notBefore) {
        step("release");
        real.release(claim, notBefore);
    }

    @Override
    public long depth() {
        return real.depth();
    }

    @Override
    public long purgeAnswered(Instant before) {
        return real.purgeAnswered(before);
    }
}
