package dev.atelier.app.console;

import dev.atelier.core.command.AtelierBot;
import java.io.BufferedReader;
import java.io.Console;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** With {@code atelier.console.enabled}, runs a console session on standard input, then stops the app. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ConsoleProperties.class)
@ConditionalOnBooleanProperty("atelier.console.enabled")
public class ConsoleConfiguration {

    @Bean
    ConsolePlatform consolePlatform() {
        return new ConsolePlatform(System.out);
    }

    @Bean
    ApplicationRunner consoleRunner(AtelierBot bot, ConsoleProperties properties, ApplicationContext context) {
        return args -> {
            ConsoleSession session =
                    new ConsoleSession(bot, properties.community(), new HashSet<>(properties.moderators()), System.out);
            session.run(new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)), !atTerminal());
            System.exit(SpringApplication.exit(context));
        };
    }

    /**
     * Whether a person types at a terminal (else the input is echoed). Up to JDK 21 there is no
     * console without one; from JDK 22 there always is, and {@code Console.isTerminal()} tells.
     */
    @SuppressWarnings("SystemConsoleNull") // null is the answer only up to JDK 21; isTerminal() answers from 22
    static boolean atTerminal() {
        Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
        } catch (ReflectiveOperationException e) {
            return true;
        }
    }
}
