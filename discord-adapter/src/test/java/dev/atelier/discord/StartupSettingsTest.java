package dev.atelier.discord;

import static org.assertj.core.api.Assertions.assertThat;

import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.Message.MentionType;
import net.dv8tion.jda.api.utils.messages.MessageRequest;
import org.junit.jupiter.api.Test;

/** What the adapter configures at start: AllowedMentions, the gateway URL, the invite link. */
class StartupSettingsTest {

    @Test
    void defaultAllowedMentionsExcludeEveryoneHereRolesAndUnlistedMembers() {
        // given JDA's defaults were changed by someone
        MessageRequest.setDefaultMentions(java.util.EnumSet.allOf(MentionType.class));

        // when the JDA builder is prepared
        JdaFactory.builder(
                new DiscordProperties("token", null, null, null), new net.dv8tion.jda.api.hooks.ListenerAdapter() {});

        // then
        assertThat(MessageRequest.getDefaultMentions())
                .doesNotContain(MentionType.EVERYONE, MentionType.HERE, MentionType.ROLE, MentionType.USER)
                .contains(MentionType.CHANNEL);
    }

    @Test
    void sessionControllerAnswersWithTheConfiguredGateway() {
        GatewaySessionController controller = new GatewaySessionController("ws://localhost:8099/gateway");

        assertThat(controller.getGateway()).isEqualTo("ws://localhost:8099/gateway");
        assertThat(controller.getShardedGateway(null).getUrl()).isEqualTo("ws://localhost:8099/gateway");
        assertThat(new net.dv8tion.jda.api.utils.ConcurrentSessionController().getGateway())
                .isEqualTo("wss://gateway.discord.gg/");
    }

    @Test
    void inviteLinkAsksForTheBotAndCommandScopesAndTheNeededPermissions() {
        String link = InviteLink.forApplication("123456");

        long expected = Permission.VIEW_CHANNEL.getRawValue()
                | Permission.MESSAGE_SEND.getRawValue()
                | Permission.MESSAGE_SEND_IN_THREADS.getRawValue()
                | Permission.MESSAGE_EMBED_LINKS.getRawValue()
                | Permission.MESSAGE_HISTORY.getRawValue()
                | Permission.MANAGE_CHANNEL.getRawValue()
                | Permission.MANAGE_ROLES.getRawValue()
                | Permission.CREATE_PRIVATE_THREADS.getRawValue()
                | Permission.CREATE_PUBLIC_THREADS.getRawValue();
        assertThat(link)
                .isEqualTo("https://discord.com/oauth2/authorize?client_id=123456"
                        + "&scope=bot%20applications.commands&permissions=" + expected);
        assertThat(expected).isEqualTo(378225642512L);
    }

    @Test
    void propertiesNeverPrintTheToken() {
        DiscordProperties properties = new DiscordProperties("secret-token", " ", "ws://gw", "Mentors");

        assertThat(properties.toString()).doesNotContain("secret-token").contains("<hidden>");
        assertThat(properties.restUrl()).isNull();
    }
}
