package dev.atelier.core.moderation;

import dev.atelier.core.command.Context;
import dev.atelier.core.community.Member;
import dev.atelier.core.internship.InternshipStatus;
import dev.atelier.core.internship.InternshipStore;
import dev.atelier.core.message.Outcome;
import dev.atelier.core.workspace.Outbound;
import java.util.List;

/**
 * After {@code moderator add} or {@code moderator remove}: the active internships' workspaces are opened
 * to the new moderator, or closed to the former one (except where they are the intern or the mentor).
 */
public final class ModeratorWorkspaces {

    /** Discord allows 500 channels per server, so no community has more workspaces than this. */
    static final int MOST_WORKSPACES = 1000;

    private final InternshipStore internships;
    private final Outbound outbound;

    public ModeratorWorkspaces(InternshipStore internships, Outbound outbound) {
        this.internships = internships;
        this.outbound = outbound;
    }

    public Outcome changed(Context context, Member member, boolean moderator, Outcome outcome) {
        String communityId = context.caller().community().id();
        List<String> workspaces = internships.list(communityId, InternshipStatus.ACTIVE, MOST_WORKSPACES).stream()
                .filter(i -> i.workspaceChannelId() != null)
                .filter(i -> !i.data().intern().id().equals(member.id())
                        && !i.data().mentor().id().equals(member.id()))
                .map(i -> i.workspaceChannelId())
                .toList();
        outbound.moderatorChanged(context.caller().community(), workspaces, member.id(), moderator);
        return outcome;
    }
}
