package dev.atelier.core.store;

import dev.atelier.core.profile.Profile;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Between a profile and its storage document, field by field. */
final class ProfileMapper {

    private ProfileMapper() {}

    static String id(String communityId, String memberId) {
        return communityId + "/" + memberId;
    }

    static ProfileDocument toDocument(Profile p) {
        List<ProfileDocument.Skill> skills = p.skills().entrySet().stream()
                .map(e -> new ProfileDocument.Skill(e.getKey(), e.getValue()))
                .toList();
        return new ProfileDocument(
                id(p.communityId(), p.member().id()),
                p.version(),
                p.communityId(),
                MemberDocument.of(p.member()),
                skills,
                p.learning(),
                p.career(),
                p.timezone(),
                p.fromHour(),
                p.toHour(),
                p.weeklyHours(),
                p.bio(),
                p.expertise(),
                p.capacity(),
                p.pausedUntil(),
                p.avoid());
    }

    static Profile toProfile(ProfileDocument d) {
        Map<String, Integer> skills = new LinkedHashMap<>();
        if (d.skills() != null) {
            d.skills().forEach(s -> skills.put(s.name(), s.level()));
        }
        return new Profile(
                d.communityId(),
                d.member().toMember(),
                skills,
                orEmpty(d.learning()),
                d.career(),
                d.timezone(),
                d.fromHour(),
                d.toHour(),
                d.weeklyHours(),
                d.bio(),
                orEmpty(d.expertise()),
                d.capacity(),
                d.pausedUntil(),
                orEmpty(d.avoid()),
                d.version());
    }

    private static List<String> orEmpty(List<String> list) {
        return list == null ? List.of() : list;
    }
}
