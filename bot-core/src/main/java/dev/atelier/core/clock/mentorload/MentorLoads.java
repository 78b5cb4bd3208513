package dev.atelier.core.clock.mentorload;

import dev.atelier.core.community.Member;
import dev.atelier.core.enrolment.Role;
import dev.atelier.core.enrolment.RosterStore;
import dev.atelier.core.internship.HoursEntry;
import dev.atelier.core.internship.Internship;
import dev.atelier.core.internship.InternshipStatus;
import dev.atelier.core.internship.InternshipStore;
import dev.atelier.core.internship.Milestone;
import dev.atelier.core.internship.MilestoneStatus;
import dev.atelier.core.profile.Profile;
import dev.atelier.core.profile.ProfileStore;
import dev.atelier.core.question.Question;
import dev.atelier.core.question.QuestionStore;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads every mentor's load in a community: the mentors of its active internships and those enrolled as
 * mentors in its cohorts (with no intern yet).
 */
public final class MentorLoads {

    private static final int SCAN = 5000;
    private static final ZoneId UTC = ZoneId.of("UTC");

    private final InternshipStore internships;
    private final QuestionStore questions;
    private final ProfileStore profiles;
    private final RosterStore rosters;
    private final dev.atelier.core.cohort.CohortStore cohorts;

    public MentorLoads(
            InternshipStore internships,
            QuestionStore questions,
            ProfileStore profiles,
            RosterStore rosters,
            dev.atelier.core.cohort.CohortStore cohorts) {
        this.internships = internships;
        this.questions = questions;
        this.profiles = profiles;
        this.rosters = rosters;
        this.cohorts = cohorts;
    }

    public List<MentorLoad> of(String communityId, Instant now) {
        Map<String, List<Internship>> byMentor = new LinkedHashMap<>();
        Map<String, Member> mentors = new LinkedHashMap<>();
        for (Internship i : internships.list(communityId, InternshipStatus.ACTIVE, SCAN)) {
            byMentor.computeIfAbsent(i.data().mentor().id(), k -> new ArrayList<>())
                    .add(i);
            mentors.putIfAbsent(i.data().mentor().id(), i.data().mentor());
        }
        cohorts.list(communityId)
                .forEach(c -> rosters.find(communityId, c.name())
                        .ifPresent(r -> r.active(Role.MENTOR)
                                .forEach(e -> mentors.putIfAbsent(e.member().id(), e.member()))));
        Map<String, Profile> found = profiles.findAll(communityId, new ArrayList<>(mentors.keySet())).stream()
                .collect(Collectors.toMap(p -> p.member().id(), Function.identity()));
        List<MentorLoad> loads = new ArrayList<>();
        for (Member m : mentors.values()) {
            loads.add(load(
                    communityId,
                    m,
                    byMentor.getOrDefault(m.id(), List.of()),
                    Optional.ofNullable(found.get(m.id())),
                    now));
        }
        return loads;
    }

    private MentorLoad load(String communityId, Member m, List<Internship> active, Optional<Profile> p, Instant now) {
        List<Instant> submitted = active.stream()
                .flatMap(i -> i.milestones().stream())
                .filter(x -> x.status() == MilestoneStatus.SUBMITTED && x.latestSubmission() != null)
                .map(Milestone::latestSubmission)
                .map(s -> s.at())
                .toList();
        List<Question> unanswered = questions.waitingFor(communityId, m.id()).stream()
                .filter(q -> q.firstReplyAt() == null)
                .toList();
        Instant oldest = Stream.concat(
                        submitted.stream(),
                        unanswered.stream().map(q -> q.data().askedAt()))
                .min(Comparator.naturalOrder())
                .orElse(null);
        ZoneId zone = p.map(Profile::timezone)
                .filter(z -> z != null && !z.isBlank())
                .map(ZoneId::of)
                .orElse(UTC);
        Instant weekStart = now.atZone(zone)
                .toLocalDate()
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                .atStartOfDay(zone)
                .toInstant();
        long minutes = active.stream()
                .flatMap(i -> i.hours().stream())
                .filter(h -> h.memberId().equals(m.id()) && !h.at().isBefore(weekStart))
                .mapToLong(HoursEntry::minutes)
                .sum();
        return new MentorLoad(
                m,
                active.size(),
                p.map(Profile::places).orElse(1),
                submitted.size(),
                oldest,
                unanswered.size(),
                minutes,
                p.map(Profile::weeklyHours).orElse(null),
                p.map(x -> new java.util.HashSet<>(x.expertise())).orElse(new java.util.HashSet<>()));
    }
}
