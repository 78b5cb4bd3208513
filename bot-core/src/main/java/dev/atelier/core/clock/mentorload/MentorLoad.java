package dev.atelier.core.clock.mentorload;

import dev.atelier.core.community.Member;
import dev.atelier.core.message.Text;
import dev.atelier.core.shared.Plural;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * One mentor's load: active interns and capacity (interns at once), submissions waiting for review and the
 * oldest wait (a submission or an unanswered question), questions unanswered, minutes logged this week
 * (from Monday in their zone) and the weekly hours they stated (null: none), and their expertise.
 */
public record MentorLoad(
        Member mentor,
        int interns,
        int capacity,
        int submissionsWaiting,
        Instant oldestWait,
        int questionsUnanswered,
        long minutesThisWeek,
        Integer weeklyHours,
        Set<String> expertise) {

    public MentorLoad {
        expertise = Set.copyOf(expertise);
    }

    public boolean overCapacity() {
        return interns > capacity || (weeklyHours != null && minutesThisWeek > weeklyHours * 60L);
    }

    public boolean waitingLongerThan(Duration wait, Instant now) {
        return oldestWait != null && !oldestWait.plus(wait).isAfter(now);
    }

    /** Why moderators should look, if they should. */
    public Optional<String> flag(Duration reviewWait, Instant now) {
        if (interns > capacity) {
            return Optional.of(interns + " interns for a capacity of " + capacity);
        }
        if (weeklyHours != null && minutesThisWeek > weeklyHours * 60L) {
            return Optional.of(hours(minutesThisWeek) + " logged this week for " + weeklyHours + " h stated");
        }
        if (waitingLongerThan(reviewWait, now)) {
            return Optional.of("work waiting since "
                    + oldestWait.toString().substring(0, 16).replace('T', ' ') + " UTC, longer than the community's "
                    + reviewWait.toHours() + " h");
        }
        return Optional.empty();
    }

    public int room() {
        return capacity - interns;
    }

    /** {@code @bob: 3/2 interns · 2 submissions waiting · 1 question unanswered (oldest 3 days) · 4 h this week of 5 h}. */
    public Text line(Instant now) {
        // a wait of less than an hour is no news
        String oldest = oldestWait == null || Duration.between(oldestWait, now).toHours() < 1
                ? ""
                : " (oldest " + age(oldestWait, now) + ")";
        return Text.builder().quiet(mentor).plain(": ").plain(plainLine(oldest)).build();
    }

    /** The parts that say something: a count of nothing waiting is left out. */
    private String plainLine(String oldest) {
        StringBuilder out = new StringBuilder(interns + "/" + capacity + " interns");
        if (submissionsWaiting > 0) {
            out.append(" · ")
                    .append(Plural.of(submissionsWaiting, "submission"))
                    .append(" waiting");
        }
        if (questionsUnanswered > 0) {
            out.append(" · ").append(Plural.of(questionsUnanswered, "question")).append(" unanswered");
        }
        out.append(oldest)
                .append(" · ")
                .append(hours(minutesThisWeek))
                .append(" this week")
                .append(weeklyHours == null ? "" : " of " + weeklyHours + " h");
        return out.toString();
    }

    /** A flag or any phrase as the start of a sentence: its first letter upper case. */
    static String sentence(String phrase) {
        return phrase.isEmpty() ? phrase : Character.toUpperCase(phrase.charAt(0)) + phrase.substring(1);
    }

    static String hours(long minutes) {
        return minutes % 60 == 0 ? minutes / 60 + " h" : String.format(java.util.Locale.ROOT, "%.1f h", minutes / 60.0);
    }

    static String age(Instant since, Instant now) {
        Duration d = Duration.between(since, now);
        return d.toDays() >= 1 ? Plural.of(d.toDays(), "day") : d.toHours() + " h";
    }
}
