package dev.atelier.discord;

import dev.atelier.core.community.Platform;
import dev.atelier.core.workspace.ApiMetrics;
import java.util.Locale;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.exceptions.RateLimitedException;

/** Reports a failed Discord call: Discord's error code, a 429, or the kind of local failure. */
final class DiscordApiErrors {

    private DiscordApiErrors() {}

    static void report(ApiMetrics metrics, String what, Throwable failure) {
        if (failure instanceof RateLimitedException
                || (failure instanceof ErrorResponseException e && e.getErrorCode() == 429)) {
            metrics.rateLimited(Platform.DISCORD, what);
        }
        String error = failure instanceof ErrorResponseException e
                ? e.getErrorResponse().name().toLowerCase(Locale.ROOT)
                : failure.getClass().getSimpleName();
        metrics.failed(Platform.DISCORD, what, error);
    }
}
