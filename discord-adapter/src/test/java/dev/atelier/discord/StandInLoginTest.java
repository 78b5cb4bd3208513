package dev.atelier.discord;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import net.dv8tion.jda.api.requests.GatewayIntent;
import org.junit.jupiter.api.Test;

/** The real JDA client logs into the stand-in: gateway handshake, READY, GUILD_CREATE, commands. */
class StandInLoginTest extends StandInFlowTest {

    @Test
    void jdaIdentifiesWithTheTokenAndIntentsAndRegistersTheCatalogInTheGuild() {
        // then JDA identified over the compressed gateway with the bot token and the one extra intent
        assertThat(discord.gateway.connectUrls)
                .singleElement()
                .asString()
                .contains("encoding=json", "v=10", "compress=zlib-stream");
        assertThat(discord.identify.getString("token")).isEqualTo(DiscordStandIn.TOKEN);
        assertThat(discord.identify.getInt("intents") & GatewayIntent.getRaw(JdaFactory.INTENTS))
                .isEqualTo(GatewayIntent.getRaw(JdaFactory.INTENTS));
        // and registered the catalog as guild commands of the stand-in's guild
        assertThat(discord.calls("PUT", "/applications/900/guilds/1000/commands"))
                .hasSize(1);
        assertThat(discord.commands).containsKeys("cohort", "internship", "submit", "ask");
    }

    @Test
    void aSlashCommandIsDeferredPrivatelyAndAnsweredByEditingTheOriginal() {
        // when a member runs /cohort list over the gateway
        Answer answer = slash(MODERATOR, "cohort", "list", Map.of());

        // then the interaction was deferred as ephemeral (flags 64) and its original response filled in
        assertThat(answer.callback().getInt("type")).isEqualTo(5);
        assertThat(answer.callback().getObject("data").getInt("flags")).isEqualTo(64);
        assertThat(answer.calls()).anyMatch(call -> call.is("PATCH", "/webhooks/900/.+/messages/@original"));
        assertNoWarning(answer);
    }
}
