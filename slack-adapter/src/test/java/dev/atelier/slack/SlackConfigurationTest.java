package dev.atelier.slack;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.core.workspace.Notifier;
import dev.atelier.core.workspace.WorkspaceProvisioner;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The adapter switches itself on only with a bot token, and exposes the ports and the health. */
class SlackConfigurationTest {

    final ApplicationContextRunner runner =
            new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(SlackConfiguration.class));

    @Test
    void withoutABotTokenThereIsNoSlackAdapter() {
        runner.run(context ->
                assertThat(context).doesNotHaveBean(SlackConfiguration.class).doesNotHaveBean(Notifier.class));
        runner.withPropertyValues("atelier.slack.bot-token=  ")
                .run(context -> assertThat(context).doesNotHaveBean(Notifier.class));
    }

    @Test
    void withABotTokenThePortsAndTheHealthExist() {
        runner.withPropertyValues(
                        "atelier.slack.bot-token=xoxb-1",
                        "atelier.slack.signing-secret=s",
                        "atelier.slack.api-url=http://127.0.0.1:9/api")
                .run(context -> {
                    assertThat(context)
                            .hasSingleBean(Notifier.class)
                            .hasSingleBean(WorkspaceProvisioner.class)
                            .hasBean("slackHealthIndicator")
                            .doesNotHaveBean(SocketModeRunner.class);
                    assertThat(context.getBean(SlackProperties.class).apiUrl()).isEqualTo("http://127.0.0.1:9/api/");
                    assertThat(context.getBean(Notifier.class).platform()).hasToString("SLACK");
                });
    }

    @Test
    void anAppTokenStartsSocketModeAndAFailedConnectionShowsInHealth() throws Exception {
        try (FakeSlack slack = new FakeSlack()) {
            runner.withPropertyValues(
                            "atelier.slack.bot-token=xoxb-1",
                            "atelier.slack.app-token=xapp-1",
                            "atelier.slack.api-url=" + slack.apiUrl())
                    .run(context -> {
                        assertThat(context).hasNotFailed().hasSingleBean(SocketModeRunner.class);
                        assertThat(slack.calls("apps.connections.open")).isNotEmpty();
                        Health health = context.getBean("slackHealthIndicator", HealthIndicator.class)
                                .health();
                        assertThat(health.getStatus()).isEqualTo(Status.DOWN);
                        assertThat(health.getDetails()).containsKey("socketModeError");
                    });
        }
    }

    @Test
    void theDefaultWebApiIsSlacks() {
        runner.withPropertyValues("atelier.slack.bot-token=xoxb-1")
                .run(context -> assertThat(
                                context.getBean(SlackProperties.class).apiUrl())
                        .isEqualTo("https://slack.com/api/"));
    }
}
