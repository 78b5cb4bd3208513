package dev.atelier.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.atelier.discord.DiscordStandIn.RestCall;
import java.util.Map;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.requests.GatewayIntent;
import net.dv8tion.jda.api.utils.data.DataArray;
import net.dv8tion.jda.api.utils.data.DataObject;
import org.junit.jupiter.api.Test;

/**
 * With {@code atelier.discord.member-events}, through the real JDA client and the stand-in (which, as
 * Discord, sends member events only to a client that asked for the Server Members intent): the bot asks for
 * the intent, and a moderating role given to a member makes them a moderator at once (the workspaces let the
 * role in, moderator notices reach them before they ever use Atelier); taken away, or the member gone, the
 * notices stop.
 */
class MemberEventsOnDiscordTest extends StandInFlowTest {

    @Override
    protected boolean memberEvents() {
        return true;
    }

    @Test
    void theBotAsksForTheServerMembersIntent() {
        // the IDENTIFY crossing the wire names GUILD_MEMBERS beside GUILD_MESSAGES
        assertThat(discord.identify.getLong("intents") & GatewayIntent.GUILD_MEMBERS.getRawValue())
                .isNotZero();
        assertThat(discord.identify.getLong("intents") & GatewayIntent.GUILD_MESSAGES.getRawValue())
                .isNotZero();
    }

    @Test
    void aModeratorWhoLeavesTheServerHearsNoMoreNotices() {
        // given a member made a moderator by a role, who then leaves the server
        givenAWorkspace();
        discord.member(HELPER, "Hal", false);
        discord.gateway.dispatch(
                "GUILD_ROLE_CREATE",
                DataObject.empty().put("guild_id", DiscordStandIn.GUILD_ID).put("role", helpers(true)));
        discord.gateway.dispatch(
                "GUILD_MEMBER_UPDATE", memberUpdate(HELPER, DataArray.empty().add(HELPERS)));
        await().atMost(PATIENCE).until(() -> seen(HELPER) == 1);

        // when Discord says the member left
        discord.gateway.dispatch(
                "GUILD_MEMBER_REMOVE",
                DataObject.empty()
                        .put("guild_id", DiscordStandIn.GUILD_ID)
                        .put("user", discord.members.get(HELPER).getObject("user")));

        // then Atelier no longer counts them among the moderators it tells
        await().atMost(PATIENCE).until(() -> seen(HELPER) == 0);
    }

    private long seen(String memberId) {
        return atelier.mongo()
                .getCollection("moderators_seen")
                .countDocuments(new org.bson.Document("memberId", memberId));
    }

    @Test
    void aRoleGivenOrTakenMakesOrUnmakesAModeratorAtOnceAndARoleFollowsItsPermissions() {
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
        await().atMost(PATIENCE).until(() -> seen(HELPER) == 0);

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
}
