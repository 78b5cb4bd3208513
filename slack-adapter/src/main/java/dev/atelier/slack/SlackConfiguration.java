package dev.atelier.slack;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.model.event.AppHomeOpenedEvent;
import com.slack.api.model.event.AppUninstalledEvent;
import dev.atelier.core.command.AtelierBot;
import dev.atelier.core.delivery.Deliveries;
import dev.atelier.core.inbox.CommandReplies;
import dev.atelier.core.inbox.Inbox;
import dev.atelier.core.workspace.ApiMetrics;
import dev.atelier.core.workspace.Notifier;
import dev.atelier.core.workspace.WorkspaceProvisioner;
import java.time.Clock;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Wires the Slack adapter when {@code atelier.slack.bot-token} is set: the Web API client (base
 * URL {@code atelier.slack.api-url}), the Bolt app with one handler per interaction type, the
 * servlet at {@code POST /slack/events}, Socket Mode when {@code atelier.slack.app-token} is set,
 * the {@link Notifier} and {@link WorkspaceProvisioner} ports, and the {@code slack} health. Replays
 * and repeated deliveries are recognised through the application's {@link Deliveries}.
 * The {@link AtelierBot} comes from the application and is looked up lazily, because the
 * application builds it from this adapter's ports.
 */
@AutoConfiguration
@Conditional(SlackConditions.BotToken.class)
@EnableConfigurationProperties(SlackProperties.class)
public class SlackConfiguration {

    /** Where Slack sends slash commands, interactivity and events over HTTP. */
    public static final String EVENTS_PATH = "/slack/events";

    private static final Logger log = LoggerFactory.getLogger(SlackConfiguration.class);
    private static final int WORK_THREADS = 8;

    @Bean(destroyMethod = "close")
    Slack atelierSlackClient(SlackProperties properties) {
        SlackConfig config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix(properties.apiUrl());
        // the SDK's own call statistics (each with a thread waking every second) feed only its async rate-limit
        // queue, which Atelier does not use; its calls are counted by ApiMetrics
        config.setStatsEnabled(false);
        return Slack.getInstance(config);
    }

    @Bean
    SlackCalls atelierSlackCalls(Slack slack, SlackProperties properties, ObjectProvider<ApiMetrics> metrics) {
        return new SlackCalls(slack.methods(properties.botToken()), metrics.getIfAvailable(() -> ApiMetrics.NONE));
    }

    @Bean
    Messenger atelierSlackMessenger(SlackCalls calls) {
        return new Messenger(calls);
    }

    @Bean
    Notifier slackNotifier(Messenger messenger, SlackCalls calls) {
        return new SlackNotifier(messenger, new SlackThreads(calls), new SlackCourier(calls));
    }

    @Bean
    WorkspaceProvisioner slackWorkspaceProvisioner(SlackCalls calls) {
        return new SlackWorkspaceProvisioner(calls);
    }

    @Bean
    CommandReplies slackCommandReplies(Slack slack, Callers callers) {
        return new SlackReplies(slack, callers);
    }

    @Bean(destroyMethod = "close")
    Work atelierSlackWork() {
        return new Work(WORK_THREADS);
    }

    @Bean
    Callers atelierSlackCallers(SlackCalls calls) {
        return new Callers(new WorkspaceAdmins(calls, Clock.systemUTC()));
    }

    @Bean
    App atelierSlackApp(
            SlackProperties properties,
            Slack slack,
            ObjectProvider<AtelierBot> bots,
            Callers callers,
            SlackCalls calls,
            Messenger messenger,
            Work work,
            ObjectProvider<Inbox> inbox,
            ObjectProvider<Deliveries> deliveries) {
        if (isBlank(properties.signingSecret()) && !properties.socketMode()) {
            log.warn("atelier.slack.signing-secret is not set: every HTTP request to {} will be refused", EVENTS_PATH);
        }
        App app = new App(AppConfig.builder()
                .singleTeamBotToken(properties.botToken())
                .signingSecret(properties.signingSecret())
                .slack(slack)
                .build());
        Supplier<AtelierBot> bot = bots::getObject;
        OncePerDelivery once = new OncePerDelivery(deliveries::getObject);
        ResponseUrls responseUrls = new ResponseUrls(properties.responseUrlHosts());
        AskForm askForm = new AskForm(bot, calls);
        app.command(
                AtelierSlashCommand.COMMANDS,
                new AtelierSlashCommand(
                        bot, callers, work, askForm, responseUrls, inbox::getIfAvailable, Clock.systemUTC()));
        app.messageShortcut(
                AskShortcut.CALLBACK_ID, once.shortcuts(new AskShortcut(callers, askForm, messenger, work)));
        app.event(AppHomeOpenedEvent.class, once.events(new AppHome(bot, callers, calls, work)));
        app.blockAction(
                ButtonPress.ACTION_IDS,
                once.presses(new ButtonPress(bot, callers, calls, messenger, work, responseUrls)));
        app.blockAction(
                MenuChoice.ACTION_IDS, once.presses(new MenuChoice(bot, callers, messenger, work, responseUrls)));
        app.viewSubmission(
                ModalSubmission.CALLBACK_IDS, once.submissions(new ModalSubmission(bot, callers, messenger, work)));
        app.event(AppUninstalledEvent.class, new AppUninstalled());
        ChannelMessages.register(app, bot);
        return app;
    }

    @Bean
    @Conditional(SlackConditions.AppToken.class)
    SocketModeRunner atelierSlackSocketMode(SlackProperties properties, App app) {
        return new SocketModeRunner(properties.appToken(), app);
    }

    @Bean
    HealthIndicator slackHealthIndicator(SlackCalls calls, ObjectProvider<SocketModeRunner> socketMode) {
        return new SlackHealth(calls, socketMode.getIfAvailable(), Clock.systemUTC());
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    /**
     * The HTTP endpoint, in servlet applications: a plain servlet that caps, verifies and only then
     * hands the body to Bolt (filters that read the body would break signatures).
     */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    static class Http {

        @Bean
        ServletRegistrationBean<VerifiedSlackServlet> slackEventsServlet(
                App app, SlackProperties properties, ObjectProvider<Deliveries> deliveries) {
            ServletRegistrationBean<VerifiedSlackServlet> registration = new ServletRegistrationBean<>(
                    new VerifiedSlackServlet(
                            app,
                            new RequestSignature(properties.signingSecret(), Clock.systemUTC()),
                            deliveries::getObject,
                            properties.maxBodyBytes()),
                    EVENTS_PATH);
            registration.setName("slackEvents");
            registration.setLoadOnStartup(1);
            return registration;
        }
    }
}
