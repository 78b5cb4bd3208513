package dev.atelier.discord;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.core.community.Platform;
import dev.atelier.core.workspace.Notifier;
import dev.atelier.core.workspace.WorkspaceProvisioner;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class DiscordConfigurationTest {

    private final ApplicationContextRunner runner =
            new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(DiscordConfiguration.class));

    @Test
    void withoutTokenTheAdapterStaysOff() {
        runner.run(context -> assertThat(context)
                .doesNotHaveBean(Notifier.class)
                .doesNotHaveBean(WorkspaceProvisioner.class)
                .doesNotHaveBean(HealthIndicator.class));
        runner.withPropertyValues("atelier.discord.token= ")
                .run(context -> assertThat(context).doesNotHaveBean(Notifier.class));
    }

    @Test
    void withTokenItProvidesThePortsAndTheDiscordHealthIndicatorWithoutBlockingStartUp() {
        // given a token and a REST URL where nothing listens (start-up must not wait for Discord)
        runner.withPropertyValues(
                        "atelier.discord.token=not-a-real-token",
                        "atelier.discord.rest-url=http://127.0.0.1:9/api/v10/",
                        "atelier.discord.gateway-url=ws://127.0.0.1:9/",
                        "atelier.discord.moderator-role=Mentors")
                .run(context -> {
                    // then
                    assertThat(context).hasNotFailed();
                    assertThat(context.getBean(Notifier.class).platform()).isEqualTo(Platform.DISCORD);
                    assertThat(context.getBean(WorkspaceProvisioner.class).platform())
                            .isEqualTo(Platform.DISCORD);
                    assertThat(context).hasBean("discordHealthIndicator");
                    assertThat(context.getBean(HealthIndicator.class).health().getStatus())
                            .isIn(Status.OUT_OF_SERVICE, Status.DOWN);
                    DiscordProperties properties = context.getBean(DiscordProperties.class);
                    assertThat(properties.restUrl()).isEqualTo("http://127.0.0.1:9/api/v10/");
                    assertThat(properties.moderatorRole()).isEqualTo("Mentors");
                });
    }
}
