package dev.atelier.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.atelier.discord.DiscordStandIn.RestCall;
import java.util.LinkedHashMap;
import java.util.Map;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.utils.data.DataArray;
import net.dv8tion.jda.api.utils.data.DataObject;
import org.junit.jupiter.api.Test;

/**
 * Moderators on Discord through the real JDA client and the stand-in: the roles that moderate see every
 * workspace, a moderator added or removed gains or loses access to the existing ones (also when the server
 * gives or takes a moderating role, or changes a role's permissions), moderator notices follow the roles,
 * and commands only moderators can run are registered hidden from other members.
 */
class ModeratorsOnDiscordTest extends StandInFlowTest {

    private String givenAWorkspace() {
        slash(MODERATOR, "task", "add", Map.of("title", "Landing page", "description", "Build the landing page"));
        slash(MODERATOR, "internship", "start", Map.of("intern", INTERN, "mentor", MODERATOR, "task", "1"));
        return discord.channels.values().stream()
                .filter(c -> c.getString("name", "").startsWith("atelier-1"))
                .findFirst()
                .orElseThrow()
                .getString("id");
    }

    private static Map<String, String> overwrites(DataArray all) {
        Map<String, String> overwrites = new LinkedHashMap<>();
        for (int i = 0; i < all.length(); i++) {
            DataObject overwrite = all.getObject(i);
            overwrites.put(
                    (overwrite.getInt("type") == 0 ? "role " : "member ") + overwrite.getString("id"),
                    "allow " + overwrite.getString("allow") + " deny " + overwrite.getString("deny"));
        }
        return overwrites;
    }

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
    void aRoleThatModeratesIsFollowedWhenTheServerGivesItTakesItOrChangesItsPermissions() {
        String workspace = givenAWorkspace();
        String path = "/channels/" + workspace + "/permissions/" + HELPERS;
        // given a Helpers role with Manage Server, made after the workspace, and a member without it
        discord.member(HELPER, "Hal", false);
        discord.gateway.dispatch(
                "GUILD_ROLE_CREATE",
                DataObject.empty().put("guild_id", DiscordStandIn.GUILD_ID).put("role", helpers(true)));

        // when the server gives Hal the role (a member update over the gateway)
        discord.gateway.dispatch(
                "GUILD_MEMBER_UPDATE", memberUpdate(HELPER, DataArray.empty().add(HELPERS)));

        // then the workspace lets the role in with one PUT of its overwrite, the others untouched
        await().atMost(PATIENCE).until(() -> !discord.calls("PUT", path).isEmpty());
        DataObject letIn = discord.calls("PUT", path).get(0).body();
        assertThat(letIn.getInt("type")).isZero();
        assertThat(letIn.getLong("allow")).isEqualTo(DiscordWorkspaceProvisioner.MEMBER_ALLOW);
        assertThat(discord.calls("PATCH", "/channels/" + workspace)).isEmpty();

        // and moderator notices reach Hal: a member waits for approval
        slash(MODERATOR, "cohort", "create", Map.of("name", "autumn"));
        slash(MODERATOR, "cohort", "approval", Map.of("cohort", "autumn", "approval", "on"));
        slash(INTERN, "cohort", "join", Map.of("cohort", "autumn", "role", "intern"));
        await().atMost(PATIENCE).until(() -> noticesTo(HELPER) == 1);
        RestCall notice =
                discord.calls("POST", "/channels/7" + HELPER + "/messages").get(0);
        assertThat(text(notice.body())).contains("waits for approval", "autumn");
        assertThat(pinged(notice)).isEmpty();

        // when the server takes the role from Hal
        discord.gateway.dispatch("GUILD_MEMBER_UPDATE", memberUpdate(HELPER, DataArray.empty()));
        await().atMost(PATIENCE)
                .until(() -> atelier.mongo()
                                .getCollection("moderators_seen")
                                .countDocuments(new org.bson.Document("memberId", HELPER))
                        == 0);

        // then the next notice reaches the moderator but not Hal
        int toModerator = noticesTo(MODERATOR);
        slash(MENTOR, "cohort", "join", Map.of("cohort", "autumn", "role", "mentor"));
        await().atMost(PATIENCE).until(() -> noticesTo(MODERATOR) > toModerator);
        assertThat(noticesTo(HELPER)).isEqualTo(1);

        // when Helpers loses Manage Server, then its overwrite on the workspace is made neutral
        discord.gateway.dispatch(
                "GUILD_ROLE_UPDATE",
                DataObject.empty().put("guild_id", DiscordStandIn.GUILD_ID).put("role", helpers(false)));
        await().atMost(PATIENCE).until(() -> discord.calls("PUT", path).size() > 1);
        assertThat(discord.calls("PUT", path).get(1).body().getLong("allow")).isZero();
        assertThat(overwrites(discord.channels.get(workspace).getArray("permission_overwrites")))
                .containsEntry("role " + HELPERS, "allow 0 deny 0")
                .containsKey("member " + INTERN)
                .containsKey("role " + DiscordStandIn.MODERATOR_ROLE_ID);
    }

    private static final String HELPER = "103";
    private static final String HELPERS = "3002";

    private int noticesTo(String member) {
        return discord.calls("POST", "/channels/7" + member + "/messages").size();
    }

    private static DataObject helpers(boolean manageServer) {
        return StandInEntities.role(
                HELPERS,
                "Helpers",
                StandInEntities.EVERYONE_PERMISSIONS | (manageServer ? Permission.MANAGE_SERVER.getRawValue() : 0),
                3);
    }

    private DataObject memberUpdate(String memberId, DataArray roles) {
        DataObject member = discord.members.get(memberId);
        return DataObject.empty()
                .put("guild_id", DiscordStandIn.GUILD_ID)
                .put("roles", roles)
                .put("user", member.getObject("user"))
                .put("nick", null)
                .put("avatar", null)
                .put("joined_at", StandInEntities.JOINED)
                .put("premium_since", null)
                .put("deaf", false)
                .put("mute", false)
                .put("pending", false)
                .put("communication_disabled_until", null)
                .put("flags", 0);
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
