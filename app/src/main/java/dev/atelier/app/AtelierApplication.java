package dev.atelier.app;

import java.util.Arrays;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Starts Atelier. With {@code --console} it runs the local console on standard input (and serves the
 * HTTP pages: dashboard, credentials) instead of connecting to Discord or Slack; otherwise it connects
 * the configured platforms and serves Slack and Actuator.
 */
@SpringBootApplication
public class AtelierApplication {

    public static void main(String[] args) {
        SpringApplication app = new SpringApplication(AtelierApplication.class);
        if (Arrays.asList(args).contains("--console")) {
            app.setDefaultProperties(Map.of(
                    "atelier.console.enabled",
                    "true",
                    "logging.level.root",
                    "warn",
                    "spring.quartz.wait-for-jobs-to-complete-on-shutdown",
                    "true"));
        }
        app.run(args);
    }
}
