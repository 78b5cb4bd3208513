package dev.atelier.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.RETURNS_SELF;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import dev.atelier.core.community.CommunityRef;
import dev.atelier.core.community.Member;
import dev.atelier.core.community.Platform;
import dev.atelier.core.workspace.WorkspaceRequest;
import dev.atelier.core.workspace.WorkspaceUnavailableException;
import java.util.List;
import java.util.Optional;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.Role;
import net.dv8tion.jda.api.entities.SelfMember;
import net.dv8tion.jda.api.entities.channel.concrete.Category;
import net.dv8tion.jda.api.entities.channel.concrete.TextChannel;
import net.dv8tion.jda.api.exceptions.InsufficientPermissionException;
import net.dv8tion.jda.api.requests.restaction.ChannelAction;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DiscordWorkspaceProvisionerTest {

    private static final CommunityRef COMMUNITY = new CommunityRef(Platform.DISCORD, DiscordMocks.GUILD_ID, "Makers");
    private static final WorkspaceRequest REQUEST = new WorkspaceRequest(
            "intern-ada-landing-page",
            "Landing page",
            new Member("101", "Ada"),
            new Member("102", "Grace"),
            List.of("103"),
            "2000");

    private final JDA jda = mock(JDA.class);
    private final Guild guild = DiscordMocks.guild();
    private final DiscordWorkspaceProvisioner provisioner =
            new DiscordWorkspaceProvisioner(() -> Optional.of(jda), "Mentors");
    private final Category category = mock(Category.class);

    @SuppressWarnings("unchecked")
    private final ChannelAction<TextChannel> action = mock(ChannelAction.class, RETURNS_SELF);

    @BeforeEach
    void guildWithRolesAndCohortChannel() {
        when(jda.getGuildById(DiscordMocks.GUILD_ID)).thenReturn(guild);
        Role everyone = DiscordMocks.role("1000", "@everyone");
        when(everyone.getIdLong()).thenReturn(1000L);
        when(guild.getPublicRole()).thenReturn(everyone);
        SelfMember self = mock(SelfMember.class);
        when(self.getIdLong()).thenReturn(999L);
        when(guild.getSelfMember()).thenReturn(self);
        Role mentors = DiscordMocks.role("555", "Mentors");
        when(mentors.getIdLong()).thenReturn(555L);
        when(guild.getRolesByName("Mentors", true)).thenReturn(List.of(mentors));
        TextChannel cohort = mock(TextChannel.class);
        when(cohort.getParentCategory()).thenReturn(category);
        when(guild.getGuildChannelById("2000")).thenReturn(cohort);
    }

    @Test
    void createsPrivateChannelInTheCohortCategoryForThePairModeratorsAndBot() {
        // given
        TextChannel created = mock(TextChannel.class);
        when(created.getId()).thenReturn("4242");
        when(guild.createTextChannel("intern-ada-landing-page", category)).thenReturn(action);
        when(action.complete()).thenReturn(created);

        // when
        String id = provisioner.create(COMMUNITY, REQUEST);

        // then
        assertThat(id).isEqualTo("4242");
        long view = Permission.VIEW_CHANNEL.getRawValue();
        verify(action).addRolePermissionOverride(1000L, 0L, view);
        verify(action).addMemberPermissionOverride(999L, DiscordWorkspaceProvisioner.BOT_ALLOW, 0L);
        verify(action).addMemberPermissionOverride(101L, DiscordWorkspaceProvisioner.MEMBER_ALLOW, 0L);
        verify(action).addMemberPermissionOverride(102L, DiscordWorkspaceProvisioner.MEMBER_ALLOW, 0L);
        verify(action).addMemberPermissionOverride(103L, DiscordWorkspaceProvisioner.MEMBER_ALLOW, 0L);
        verify(action).addRolePermissionOverride(555L, DiscordWorkspaceProvisioner.MEMBER_ALLOW, 0L);
        verify(action).setTopic("Landing page");
        assertThat(DiscordWorkspaceProvisioner.MEMBER_ALLOW & view).isEqualTo(view);
    }

    @Test
    void missingPermissionBecomesAMessageAModeratorCanActOn() {
        InsufficientPermissionException missing = new InsufficientPermissionException(guild, Permission.MANAGE_CHANNEL);
        when(guild.createTextChannel(anyString(), any())).thenThrow(missing);

        assertThatThrownBy(() -> provisioner.create(COMMUNITY, REQUEST))
                .isInstanceOf(WorkspaceUnavailableException.class)
                .hasMessageContaining("Manage Channels and Manage Roles");
    }

    @Test
    void disconnectedClientIsReportedClearly() {
        DiscordWorkspaceProvisioner offline = new DiscordWorkspaceProvisioner(Optional::empty, null);

        assertThatThrownBy(() -> offline.create(COMMUNITY, REQUEST))
                .isInstanceOf(WorkspaceUnavailableException.class)
                .hasMessageContaining("not connected to Discord");
        assertThat(offline.platform()).isEqualTo(Platform.DISCORD);
    }
}
