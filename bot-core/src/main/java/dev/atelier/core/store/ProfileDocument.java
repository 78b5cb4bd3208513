package dev.atelier.core.store;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A member's profile; its id is {@code communityId/memberId}. Skills are a list, not a map, since
 * skill names such as {@code node.js} cannot be MongoDB field names. A storage record of its own
 * ({@link ProfileMapper}).
 */
@Document("profiles")
record ProfileDocument(
        @Id String id,
        @Version Long version,
        String communityId,
        MemberDocument member,
        List<Skill> skills,
        List<String> learning,
        String career,
        String timezone,
        Integer fromHour,
        Integer toHour,
        Integer weeklyHours,
        String bio,
        List<String> expertise,
        Integer capacity,
        LocalDate pausedUntil,
        List<String> avoid) {

    /** One skill with its level. */
    record Skill(String name, int level) {}
}
