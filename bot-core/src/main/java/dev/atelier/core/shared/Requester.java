package dev.atelier.core.shared;

import dev.atelier.core.community.CommunityRef;
import dev.atelier.core.community.Member;

/**
 * Who asks a use case to act: the community (the tenant every read and write is scoped to), the
 * member, and whether they moderate that community.
 */
public record Requester(CommunityRef community, Member member, boolean moderator) {

    public String communityId() {
        return community.id();
    }

    public String memberId() {
        return member.id();
    }
}
