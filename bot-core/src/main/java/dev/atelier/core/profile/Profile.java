package dev.atelier.core.profile;

import dev.atelier.core.community.Member;
import dev.atelier.core.message.CommandHint;
import dev.atelier.core.message.Text;
import dev.atelier.core.shared.Rejected;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One member's profile in one community. Skill names, goals and expertise are lowercase; hours are
 * the local working window {@code fromHour}–{@code toHour} in {@code timezone}; {@code capacity} is
 * how many interns a mentor takes at once (null: not stated, counted as 1).
 */
public record Profile(
        String communityId,
        Member member,
        Map<String, Integer> skills,
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
        List<String> avoid,
        Long version) {

    public static final int MAX_CAPACITY = 20;
    public static final int MAX_WEEKLY_HOURS = 80;
    public static final int MAX_AVOID = 50;

    public Profile {
        skills = Map.copyOf(skills);
        learning = List.copyOf(learning);
        expertise = List.copyOf(expertise);
        avoid = List.copyOf(avoid);
    }

    public static Profile empty(String communityId, Member member) {
        return new Profile(
                communityId,
                member,
                Map.of(),
                List.of(),
                null,
                null,
                null,
                null,
                null,
                null,
                List.of(),
                null,
                null,
                List.of(),
                null);
    }

    /** What a member typed; null fields stay as they are. */
    public record Changes(
            String skills,
            String learning,
            String career,
            String timezone,
            String window,
            Long hours,
            String bio,
            String expertise,
            Long capacity) {

        public boolean none() {
            return skills == null
                    && learning == null
                    && career == null
                    && timezone == null
                    && window == null
                    && hours == null
                    && bio == null
                    && expertise == null
                    && capacity == null;
        }
    }

    public Profile change(Changes c) {
        if (c.none()) {
            throw new Rejected(Text.builder()
                    .plain("Tell me what to change, for example ")
                    .command(CommandHint.of("profile set")
                            .named("skills", "java:3, sql:2")
                            .named("learning", "go")
                            .named("timezone", "Europe/Paris")
                            .named("window", "9-17"))
                    .plain(", or use ")
                    .command(CommandHint.of("profile edit"))
                    .plain(" for forms.")
                    .build());
        }
        if (c.hours() != null && (c.hours() < 1 || c.hours() > MAX_WEEKLY_HOURS)) {
            throw new Rejected("Weekly hours must be between 1 and " + MAX_WEEKLY_HOURS + ".");
        }
        if (c.capacity() != null && (c.capacity() < 0 || c.capacity() > MAX_CAPACITY)) {
            throw new Rejected("Capacity (interns at once) must be between 0 and " + MAX_CAPACITY + ".");
        }
        int[] window = c.window() == null ? null : ProfileText.window(c.window());
        return new Profile(
                communityId,
                member,
                c.skills() == null ? skills : ProfileText.skills(c.skills()),
                c.learning() == null ? learning : ProfileText.list(c.learning()),
                c.career() == null ? career : ProfileText.limited(c.career(), 300, "Career goals"),
                c.timezone() == null ? timezone : ProfileText.zone(c.timezone()),
                window == null ? fromHour : Integer.valueOf(window[0]),
                window == null ? toHour : Integer.valueOf(window[1]),
                c.hours() == null ? weeklyHours : Integer.valueOf(c.hours().intValue()),
                c.bio() == null ? bio : ProfileText.limited(c.bio(), 300, "A bio"),
                c.expertise() == null ? expertise : ProfileText.list(c.expertise()),
                c.capacity() == null ? capacity : Integer.valueOf(c.capacity().intValue()),
                pausedUntil,
                avoid,
                version);
    }

    public Profile pauseUntil(LocalDate until, LocalDate today) {
        if (until != null && until.isBefore(today)) {
            throw new Rejected("The pause must end today or later, not " + until + ".");
        }
        return withPauseAndAvoid(until, avoid);
    }

    public Profile avoiding(String memberId, boolean add) {
        if (memberId.equals(member.id())) {
            throw new Rejected("You are never paired with yourself anyway.");
        }
        List<String> next = new ArrayList<>(avoid);
        if (add && !next.contains(memberId)) {
            if (next.size() >= MAX_AVOID) {
                throw new Rejected("Your don't-pair list holds at most " + MAX_AVOID + " members.");
            }
            next.add(memberId);
        } else if (!add && !next.remove(memberId)) {
            throw new Rejected("That member is not on your don't-pair list.");
        }
        return withPauseAndAvoid(pausedUntil, next);
    }

    private Profile withPauseAndAvoid(LocalDate newPausedUntil, List<String> newAvoid) {
        return new Profile(
                communityId,
                member,
                skills,
                learning,
                career,
                timezone,
                fromHour,
                toHour,
                weeklyHours,
                bio,
                expertise,
                capacity,
                newPausedUntil,
                newAvoid,
                version);
    }

    public boolean pausedOn(LocalDate day) {
        return pausedUntil != null && !pausedUntil.isBefore(day);
    }

    /** Interns a mentor takes at once: 1 when not stated. */
    public int places() {
        return capacity == null ? 1 : capacity;
    }
}
