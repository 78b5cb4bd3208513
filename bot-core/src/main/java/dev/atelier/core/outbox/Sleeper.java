package dev.atelier.core.outbox;

import java.time.Duration;

/** Waits: the real thread sleep in the application, a clock moved by hand in tests. */
public interface Sleeper {

    Sleeper THREAD = d -> {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    };

    void sleep(Duration duration);
}
