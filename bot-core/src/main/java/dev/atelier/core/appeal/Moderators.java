package dev.atelier.core.appeal;

import dev.atelier.core.community.CommunityRef;
import dev.atelier.core.internship.Internship;
import dev.atelier.core.message.Message;
import dev.atelier.core.message.Notification;
import dev.atelier.core.moderation.ModeratorNotices;
import java.util.List;

/**
 * Who hears about an internship's appeals: the community's moderators as {@link ModeratorNotices} reaches
 * them (the moderators' channel, or a DM to each moderator added, seen acting or who created the cohort,
 * falling back to the cohort channel). Never the mentor (unless they moderate).
 */
final class Moderators {

    private final ModeratorNotices notices;

    Moderators(ModeratorNotices notices) {
        this.notices = notices;
    }

    List<Notification> tell(CommunityRef community, Internship i, Message message) {
        return notices.tell(community, i.data().cohortName(), null, message);
    }
}
