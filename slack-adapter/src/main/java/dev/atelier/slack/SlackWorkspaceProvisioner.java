package dev.atelier.slack;

import dev.atelier.core.community.CommunityRef;
import dev.atelier.core.community.Platform;
import dev.atelier.core.workspace.WorkspaceProvisioner;
import dev.atelier.core.workspace.WorkspaceRequest;
import dev.atelier.core.workspace.WorkspaceUnavailableException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates an internship's private channel: conversations.create (is_private, a numbered suffix
 * when the name is taken), conversations.setTopic, then conversations.invite for the intern and the
 * mentor (and the community's moderators, best effort).
 */
final class SlackWorkspaceProvisioner implements WorkspaceProvisioner {

    private static final Logger log = LoggerFactory.getLogger(SlackWorkspaceProvisioner.class);
    private static final int NAME_ATTEMPTS = 20;
    private static final int TOPIC_LIMIT = 250;

    private final SlackCalls calls;

    SlackWorkspaceProvisioner(SlackCalls calls) {
        this.calls = calls;
    }

    @Override
    public Platform platform() {
        return Platform.SLACK;
    }

    @Override
    public String create(CommunityRef community, WorkspaceRequest request) {
        try {
            String channelId = createChannel(ChannelNames.of(request.name()));
            if (request.topic() != null && !request.topic().isBlank()) {
                String topic = Texts.shorten(BlockKit.safe(request.topic()), TOPIC_LIMIT);
                calls.call(
                        "conversations.setTopic",
                        c -> c.conversationsSetTopic(r -> r.channel(channelId).topic(topic)));
            }
            invite(channelId, List.of(request.intern().id(), request.mentor().id()), true);
            invite(channelId, request.moderatorIds(), false);
            return channelId;
        } catch (SlackError e) {
            throw new WorkspaceUnavailableException(explain(e), e);
        }
    }

    private String createChannel(String base) {
        for (int attempt = 1; attempt <= NAME_ATTEMPTS; attempt++) {
            String name = attempt == 1 ? base : ChannelNames.withSuffix(base, attempt);
            try {
                return calls.call(
                                "conversations.create",
                                c -> c.conversationsCreate(r -> r.name(name).isPrivate(true)))
                        .getChannel()
                        .getId();
            } catch (SlackError e) {
                if (!e.is("name_taken")) {
                    throw e;
                }
            }
        }
        throw new SlackError("conversations.create", "name_taken", null, null);
    }

    private void invite(String channelId, List<String> userIds, boolean required) {
        Set<String> users = new LinkedHashSet<>(userIds);
        for (String user : users) {
            try {
                calls.call(
                        "conversations.invite",
                        c -> c.conversationsInvite(r -> r.channel(channelId).users(List.of(user))));
            } catch (SlackError e) {
                if (e.is("already_in_channel") || e.is("cant_invite_self")) {
                    continue;
                }
                if (required || e.is("missing_scope")) {
                    throw e;
                }
                log.warn("Could not invite moderator {} to {}: {}", user, channelId, e.getMessage());
            }
        }
    }

    private static String explain(SlackError e) {
        if (e.is("missing_scope")) {
            return "Atelier's Slack app lacks the permission " + (e.needed() == null ? "groups:write" : e.needed())
                    + " to create private channels. Ask a workspace admin to reinstall the app with the scopes in "
                    + "config/slack-manifest.yml.";
        }
        if (e.is("restricted_action")) {
            return "This workspace does not let apps create private channels. A workspace admin can allow it "
                    + "in the workspace settings.";
        }
        if (e.is("name_taken")) {
            return "Slack has no free channel name left for this internship. Archive old internship channels and try again.";
        }
        if ("conversations.invite".equals(e.method())) {
            return "The private channel was created, but Slack would not add the pair to it (" + e.error() + ").";
        }
        return "Slack could not create the private channel (" + e.error() + "). Please try again in a moment.";
    }
}
