package dev.atelier.app.storage;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import org.slf4j.LoggerFactory;

/** Keeps the driver's and the server's per-command logging out of test and child output. */
final class QuietLogging {

    private QuietLogging() {}

    static void apply() {
        if (LoggerFactory.getILoggerFactory() instanceof ch.qos.logback.classic.LoggerContext context) {
            context.getLogger(Logger.ROOT_LOGGER_NAME).setLevel(Level.WARN);
            context.getLogger("dev.atelier.app.storage").setLevel(Level.INFO);
        }
    }
}
