package dev.atelier.slack;

import com.slack.api.bolt.App;
import com.slack.api.bolt.socket_mode.SocketModeApp;
import com.slack.api.socket_mode.SocketModeClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Socket Mode (when {@code atelier.slack.app-token} is set): connects the Bolt app to Slack over a
 * WebSocket (Tyrus client) when the application starts and disconnects when it stops. The same
 * handlers serve HTTP and Socket Mode. A failed connection does not stop the application: it is
 * logged and the {@code slack} health turns DOWN with the reason.
 */
final class SocketModeRunner implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(SocketModeRunner.class);

    private final String appToken;
    private final App app;
    private volatile SocketModeApp socketMode;
    private volatile String failure;

    SocketModeRunner(String appToken, App app) {
        this.appToken = appToken;
        this.app = app;
    }

    @Override
    public void start() {
        try {
            SocketModeApp started = new SocketModeApp(appToken, SocketModeClient.Backend.Tyrus, app);
            started.startAsync();
            socketMode = started;
            failure = null;
            log.info("Slack Socket Mode connected");
        } catch (Exception e) {
            failure = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            log.error("Could not start Slack Socket Mode: {}", failure, e);
        }
    }

    @Override
    public void stop() {
        SocketModeApp running = socketMode;
        socketMode = null;
        if (running != null) {
            try {
                running.close();
            } catch (Exception e) {
                log.warn("Slack Socket Mode did not close cleanly: {}", e.getMessage());
            }
        }
    }

    @Override
    public boolean isRunning() {
        return socketMode != null;
    }

    /** Why Socket Mode is not running, or null. */
    String failure() {
        return failure;
    }

    boolean isConnected() {
        SocketModeApp running = socketMode;
        try {
            return running != null
                    && running.getClient() != null
                    && running.getClient().verifyConnection();
        } catch (RuntimeException e) {
            return false;
        }
    }
}
