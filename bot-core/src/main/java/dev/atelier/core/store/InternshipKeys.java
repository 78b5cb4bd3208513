package dev.atelier.core.store;

import dev.atelier.core.internship.HoursEntry;
import dev.atelier.core.internship.Internship;
import dev.atelier.core.internship.InternshipData;
import dev.atelier.core.internship.IssuedCredential;
import dev.atelier.core.internship.Milestone;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The lookup keys an internship holds (see {@link LookupKeys}): its intern and mentor, its cohort,
 * each milestone and hours entry number (both numbered across the community), its workspace channel
 * and its credential's public id (the one key not scoped to a community).
 */
final class InternshipKeys {

    static final String COLLECTION = "internship_keys";

    private InternshipKeys() {}

    static String id(String communityId, long number) {
        return LookupKeys.aggregateId(communityId, number);
    }

    static String member(String communityId, String memberId) {
        return LookupKeys.scoped(communityId, "member", memberId);
    }

    static String cohort(String communityId, String cohortName) {
        return LookupKeys.scoped(communityId, "cohort", cohortName);
    }

    static String milestone(String communityId, long number) {
        return LookupKeys.scoped(communityId, "milestone", number);
    }

    static String hours(String communityId, long number) {
        return LookupKeys.scoped(communityId, "hours", number);
    }

    static String workspace(String communityId, String channelId) {
        return LookupKeys.scoped(communityId, "workspace", channelId);
    }

    static String credential(String credentialId) {
        return "credential/" + credentialId;
    }

    static Set<String> of(Internship internship) {
        InternshipData d = internship.data();
        String c = d.communityId();
        Set<String> keys = new LinkedHashSet<>();
        keys.add(member(c, d.intern().id()));
        keys.add(member(c, d.mentor().id()));
        if (d.cohortName() != null) {
            keys.add(cohort(c, d.cohortName()));
        }
        for (Milestone m : internship.milestones()) {
            keys.add(milestone(c, m.number()));
        }
        for (HoursEntry h : internship.hours()) {
            keys.add(hours(c, h.number()));
        }
        if (internship.workspaceChannelId() != null) {
            keys.add(workspace(c, internship.workspaceChannelId()));
        }
        IssuedCredential credential = internship.completion().credential();
        if (credential != null && credential.id() != null) {
            keys.add(credential(credential.id()));
        }
        return keys;
    }
}
