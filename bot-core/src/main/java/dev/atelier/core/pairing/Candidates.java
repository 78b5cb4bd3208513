package dev.atelier.core.pairing;

import dev.atelier.core.community.Member;
import dev.atelier.core.matching.Availability;
import dev.atelier.core.matching.Candidate;
import dev.atelier.core.profile.Profile;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** Turns a profile into what matching needs: career-goal words, UTC working hours, free places. */
final class Candidates {

    private static final Set<String> STOP = Set.of(
            "want", "would", "like", "become", "work", "working", "with", "into", "from", "that", "this", "have",
            "some", "more", "able", "good", "great", "help", "then", "being");

    private Candidates() {}

    static Candidate of(Member member, Profile p, int busy, Instant now) {
        Availability availability = Availability.UNKNOWN;
        if (p.timezone() != null && p.fromHour() != null) {
            int offset = ZoneId.of(p.timezone()).getRules().getOffset(now).getTotalSeconds() / 60;
            availability = Availability.of(p.fromHour(), p.toHour(), offset);
        }
        return new Candidate(
                member.id(),
                member.name(),
                p.skills(),
                new HashSet<>(p.learning()),
                words(p.career()),
                availability,
                new HashSet<>(p.expertise()),
                p.places() - busy,
                p.pausedUntil(),
                new HashSet<>(p.avoid()));
    }

    /** The intern with the mentors of their declined pairs added to their don't-pair list. */
    static Candidate declining(Candidate intern, java.util.List<String> declined) {
        Set<String> avoid = new HashSet<>(intern.avoid());
        String prefix = intern.id() + "|";
        declined.stream().filter(k -> k.startsWith(prefix)).forEach(k -> avoid.add(k.substring(prefix.length())));
        return avoid.size() == intern.avoid().size()
                ? intern
                : new Candidate(
                        intern.id(),
                        intern.name(),
                        intern.skills(),
                        intern.learning(),
                        intern.careerWords(),
                        intern.availability(),
                        intern.expertise(),
                        intern.places(),
                        intern.pausedUntil(),
                        avoid);
    }

    /** The meaningful words of career goals: {@code "backend engineer at a startup"} → backend, engineer, startup. */
    static Set<String> words(String text) {
        if (text == null) {
            return Set.of();
        }
        return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}+#]+"))
                .filter(w -> w.length() >= 4 && !STOP.contains(w))
                .collect(Collectors.toSet());
    }
}
