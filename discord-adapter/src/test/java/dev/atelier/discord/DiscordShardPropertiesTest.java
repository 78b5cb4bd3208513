package dev.atelier.discord;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** {@code atelier.discord.shards}, {@code shard-min} and {@code shard-max} as bound at start-up. */
class DiscordShardPropertiesTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(DiscordConfiguration.class))
            .withPropertyValues(
                    "atelier.discord.token=not-a-real-token",
                    "atelier.discord.rest-url=http://127.0.0.1:9/api/v10/",
                    "atelier.discord.gateway-url=ws://127.0.0.1:9/");

    @Test
    void withoutShardsTheAdapterIsOneClient() {
        runner.run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context.getBean(DiscordShardProperties.class).sharded()).isFalse();
        });
    }

    @Test
    void emptySettingsAsTheApplicationFileGivesThemMeanNoSharding() {
        runner.withPropertyValues("atelier.discord.shards=", "atelier.discord.shard-min=", "atelier.discord.shard-max=")
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(context.getBean(DiscordShardProperties.class).sharded())
                            .isFalse();
                });
    }

    @Test
    void aTotalAloneMeansEveryShard() {
        runner.withPropertyValues("atelier.discord.shards=4").run(context -> {
            DiscordShardProperties shards = context.getBean(DiscordShardProperties.class);
            assertThat(shards.sharded()).isTrue();
            assertThat(shards.first()).isZero();
            assertThat(shards.last()).isEqualTo(3);
        });
    }

    @Test
    void aRangeIsThisInstancesShare() {
        runner.withPropertyValues(
                        "atelier.discord.shards=4", "atelier.discord.shard-min=2", "atelier.discord.shard-max=3")
                .run(context -> {
                    DiscordShardProperties shards = context.getBean(DiscordShardProperties.class);
                    assertThat(shards.first()).isEqualTo(2);
                    assertThat(shards.last()).isEqualTo(3);
                });
    }

    @Test
    void aRangeOutsideTheShardsIsRefusedAtStartUpWithTheReason() {
        runner.withPropertyValues("atelier.discord.shards=2", "atelier.discord.shard-max=2")
                .run(
                        context -> assertThat(context)
                                .hasFailed()
                                .getFailure()
                                .rootCause()
                                .hasMessage(
                                        "atelier.discord.shard-min..shard-max (0..2) must be a range within 0..1 for 2 shards"));
        runner.withPropertyValues(
                        "atelier.discord.shards=4", "atelier.discord.shard-min=3", "atelier.discord.shard-max=1")
                .run(context -> assertThat(context)
                        .hasFailed()
                        .getFailure()
                        .rootCause()
                        .hasMessageContaining("(3..1) must be a range within 0..3"));
        runner.withPropertyValues("atelier.discord.shards=0")
                .run(context -> assertThat(context)
                        .hasFailed()
                        .getFailure()
                        .rootCause()
                        .hasMessageContaining("atelier.discord.shards must be at least 1"));
    }

    @Test
    void aRangeWithoutATotalIsRefused() {
        runner.withPropertyValues("atelier.discord.shard-min=1")
                .run(context -> assertThat(context)
                        .hasFailed()
                        .getFailure()
                        .rootCause()
                        .hasMessageContaining("need atelier.discord.shards"));
    }
}
