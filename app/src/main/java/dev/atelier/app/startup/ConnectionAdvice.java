package dev.atelier.app.startup;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/** When no platform is configured (and no console), says how to connect one; HTTP keeps serving. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty(name = "atelier.console.enabled", havingValue = false, matchIfMissing = true)
public class ConnectionAdvice {

    private static final Logger log = LoggerFactory.getLogger(ConnectionAdvice.class);

    @Bean
    ApplicationRunner adviseOnConnections(Environment env) {
        return args -> {
            boolean discord = !env.getProperty("atelier.discord.token", "").isBlank();
            boolean slack = !env.getProperty("atelier.slack.bot-token", "").isBlank();
            if (!discord && !slack) {
                log.warn("""
                        Atelier is running, but connected to no chat platform yet.
                          Discord: set DISCORD_TOKEN (a bot token from https://discord.com/developers/applications).
                          Slack:   create an app from config/slack-manifest.yml, then set SLACK_BOT_TOKEN and
                                   SLACK_SIGNING_SECRET (HTTP mode, POST /slack/events), or SLACK_APP_TOKEN for Socket Mode.
                          Try it locally without either: restart with --console.
                        Health: /actuator/health""");
            } else {
                log.info("Atelier connected platforms: discord={}, slack={}", discord, slack);
            }
        };
    }
}
