package dev.atelier.discord;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.RETURNS_SELF;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;

import java.util.function.Consumer;
import net.dv8tion.jda.api.requests.RestAction;

/** Mocked JDA rest actions whose {@code queue(success, failure)} and {@code complete(false)} complete at once. */
final class RestActions {

    private RestActions() {}

    /** An action (of the given type, returning itself from its setters) that succeeds with {@code value}. */
    static <A extends RestAction<T>, T> A succeeding(Class<A> type, T value) {
        A action = mock(type, RETURNS_SELF);
        doAnswer(invocation -> {
                    Consumer<T> success = invocation.getArgument(0);
                    if (success != null) {
                        success.accept(value);
                    }
                    return null;
                })
                .when(action)
                .queue(any(), any());
        onComplete(action, invocation -> value);
        return action;
    }

    /** What {@code complete(false)} (the outbox courier's call, which waits out no rate limit) does. */
    private static <A extends RestAction<T>, T> void onComplete(A action, org.mockito.stubbing.Answer<?> answer) {
        try {
            org.mockito.Mockito.lenient().doAnswer(answer).when(action).complete(false);
        } catch (net.dv8tion.jda.api.exceptions.RateLimitedException e) {
            throw new AssertionError(e);
        }
    }

    /** An action that fails with {@code failure}. */
    static <A extends RestAction<T>, T> A failing(Class<A> type, Throwable failure) {
        A action = mock(type, RETURNS_SELF);
        doAnswer(invocation -> {
                    Consumer<Throwable> onFailure = invocation.getArgument(1);
                    onFailure.accept(failure);
                    return null;
                })
                .when(action)
                .queue(any(), any());
        onComplete(action, invocation -> {
            throw failure;
        });
        return action;
    }
}
