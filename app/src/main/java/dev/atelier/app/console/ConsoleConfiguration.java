package dev.atelier.app.console;

import dev.atelier.core.clock.rounds.ClockRound;
import dev.atelier.core.command.AtelierBot;
import dev.atelier.core.outbox.OutboxDelivery;
import dev.atelier.core.peerhelp.PeerHelpRound;
import java.io.BufferedReader;
import java.io.Console;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * With {@code atelier.console.enabled}, runs a console session on standard input, then stops the app.
 * The console has a clock of its own that {@code clock +2d} moves forward; at the end of the input it
 * delivers what is still waiting in the outbox, and the app stops once running jobs have finished.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ConsoleProperties.class)
@ConditionalOnBooleanProperty("atelier.console.enabled")
public class ConsoleConfiguration {

    @Bean
    ConsolePlatform consolePlatform() {
        return new ConsolePlatform(System.out);
    }

    @Bean
    @Primary
    ConsoleClock consoleClock() {
        return new ConsoleClock();
    }

    @Bean
    ApplicationRunner consoleRunner(
            AtelierBot bot,
            ConsoleProperties properties,
            ConsoleClock clock,
            ClockRound round,
            PeerHelpRound peerHelp,
            ConsolePlatform platform,
            ObjectProvider<OutboxDelivery> outbox,
            ApplicationContext context) {
        return args -> {
            ConsoleSession session = new ConsoleSession(
                    bot,
                    properties.community(),
                    new HashSet<>(properties.moderators()),
                    System.out,
                    new ConsoleTrial(clock, clock, round, peerHelp, platform::questionThread));
            session.run(new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)), !atTerminal());
            outbox.ifAvailable(OutboxDelivery::drain);
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
