package dev.atelier.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.utils.cache.SnowflakeCacheView;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

class DiscordHealthIndicatorTest {

    @Test
    @SuppressWarnings("unchecked")
    void upWithGuildCountWhenConnectedOutOfServiceWhileReconnecting() {
        // given a connection whose login produced a client
        JDA jda = mock(JDA.class);
        SnowflakeCacheView<net.dv8tion.jda.api.entities.Guild> guilds = mock(SnowflakeCacheView.class);
        when(guilds.size()).thenReturn(3L);
        when(jda.getGuildCache()).thenReturn(guilds);
        when(jda.getStatus()).thenReturn(JDA.Status.CONNECTED);
        DiscordConnection connection = new DiscordConnection(listener -> jda, () -> null, null, () -> null);
        DiscordHealthIndicator indicator = new DiscordHealthIndicator(connection);
        assertThat(indicator.health().getStatus()).isEqualTo(Status.OUT_OF_SERVICE);

        // when
        connection.start();
        connection.login().orElseThrow().join();

        // then
        Health health = indicator.health();
        assertThat(health.getStatus()).isEqualTo(Status.UP);
        assertThat(health.getDetails()).containsEntry("guilds", 3L).containsEntry("status", "CONNECTED");

        when(jda.getStatus()).thenReturn(JDA.Status.ATTEMPTING_TO_RECONNECT);
        assertThat(indicator.health().getStatus()).isEqualTo(Status.OUT_OF_SERVICE);
        connection.stop();
    }

    @Test
    void downWhenLoginFailed() {
        DiscordConnection connection = new DiscordConnection(
                listener -> {
                    throw new IllegalStateException("invalid token");
                },
                () -> null,
                null,
                () -> null);
        connection.start();
        connection.login().orElseThrow().exceptionally(failure -> null).join();

        Health health = new DiscordHealthIndicator(connection).health();

        assertThat(health.getStatus()).isEqualTo(Status.DOWN);
        assertThat(health.getDetails()).containsEntry("error", "IllegalStateException");
        connection.stop();
    }
}
