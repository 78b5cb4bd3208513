package dev.atelier.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.atelier.discord.DiscordStandIn.RestCall;
import java.util.Map;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.requests.GatewayIntent;
import net.dv8tion.jda.api.utils.data.DataObject;
import org.junit.jupiter.api.Test;

/**
 * Moderators on Discord through the real JDA client and the stand-in: the roles that moderate see every
 * workspace, a moderator added or removed gains or loses access to the existing ones (also when the server
 * gives or takes a moderating role, or changes a role's permissions), moderator notices follow the roles,
 * and commands only moderators can run are registered hidden from other members.
 */
class ModeratorsOnDiscordTest extends StandInFlowTest {

    @Test
    void rolesWithManageServerSeeANewWorkspaceButTheBotsManagedRoleGetsNoOverwrite() {
        givenAWorkspace();

        RestCall created = discord.calls("POST", "/guilds/1000/channels").get(0);
        assertThat(overwrites(created.body().getArray("permission_overwrites")))
                .containsEntry(
                        "role " + DiscordStandIn.MODERATOR_ROLE_ID,
                        "allow " + DiscordWorkspaceProvisioner.MEMBER_ALLOW + " deny 0")
                .doesNotContainKey("role " + DiscordStandIn.BOT_ROLE_ID);
    }

    @Test
    void aModeratorAddedSeesTheExistingWorkspacesAndLosesThemWhenRemoved() {
        String workspace = givenAWorkspace();
        String path = "/channels/" + workspace + "/permissions/" + MENTOR;

        slash(MODERATOR, "moderator", "add", Map.of("member", MENTOR));

        await().atMost(PATIENCE).until(() -> !discord.calls("PUT", path).isEmpty());
        DataObject granted = discord.calls("PUT", path).get(0).body();
        assertThat(granted.getInt("type")).isEqualTo(1);
        assertThat(granted.getLong("allow")).isEqualTo(DiscordWorkspaceProvisioner.MEMBER_ALLOW);
        assertThat(overwrites(discord.channels.get(workspace).getArray("permission_overwrites")))
                .containsEntry("member " + MENTOR, "allow " + DiscordWorkspaceProvisioner.MEMBER_ALLOW + " deny 0")
                .containsKey("member " + INTERN);

        slash(MODERATOR, "moderator", "remove", Map.of("member", MENTOR));

        await().atMost(PATIENCE).until(() -> discord.calls("PUT", path).size() > 1);
        assertThat(discord.calls("PUT", path).get(1).body().getLong("allow")).isZero();
        assertThat(overwrites(discord.channels.get(workspace).getArray("permission_overwrites")))
                .containsEntry("member " + MENTOR, "allow 0 deny 0")
                .containsKey("member " + INTERN);
        assertThat(discord.calls("PATCH", "/channels/" + workspace))
                .as("the other overwrites are never rewritten")
                .isEmpty();
    }

    @Test
    void theInternAndTheMentorKeepTheirWorkspaceWhenTheyStopModerating() {
        givenAWorkspace();
        slash(MODERATOR, "moderator", "add", Map.of("member", INTERN));

        slash(MODERATOR, "moderator", "remove", Map.of("member", INTERN));
        slash(MODERATOR, "moderator", "add", Map.of("member", MENTOR));

        await().atMost(PATIENCE)
                .until(() -> !discord.calls("PUT", "/channels/\\d+/permissions/" + MENTOR)
                        .isEmpty());
        assertThat(discord.calls("PUT", "/channels/\\d+/permissions/" + INTERN)).isEmpty();
    }

    @Test
    void withoutMemberEventsTheServerMembersIntentIsNotAskedFor() {
        // the bot logged in with the default settings: its IDENTIFY crossing the wire lacks GUILD_MEMBERS
        assertThat(discord.identify.getLong("intents") & GatewayIntent.GUILD_MEMBERS.getRawValue())
                .isZero();
        assertThat(discord.identify.getLong("intents") & GatewayIntent.GUILD_MESSAGES.getRawValue())
                .isNotZero();
    }

    @Test
    void commandsOnlyModeratorsRunAreRegisteredForManageServerAndTheOthersForEveryone() {
        String manageServer = Long.toString(Permission.MANAGE_SERVER.getRawValue());

        assertThat(discord.commands.get("task").getString("default_member_permissions", null))
                .isEqualTo(manageServer);
        assertThat(discord.commands.get("moderator").getString("default_member_permissions", null))
                .isEqualTo(manageServer);
        assertThat(discord.commands.get("submit").getString("default_member_permissions", null))
                .isNull();
        assertThat(discord.commands.get("cohort").getString("default_member_permissions", null))
                .as("cohort join is for everyone")
                .isNull();
    }
}
