package dev.atelier.core.clock.mentorload;

import dev.atelier.core.clock.rhythm.Rhythm;
import dev.atelier.core.clock.rhythm.RhythmStore;
import dev.atelier.core.message.Text;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * Every mentor's load in a community as a read model (for the web dashboard): flagged mentors first, each with
 * why and who has room, then the others, by name.
 */
public final class MentorLoadBoard {

    private final MentorLoads loads;
    private final RhythmStore rhythms;
    private final Clock clock;

    public MentorLoadBoard(MentorLoads loads, RhythmStore rhythms, Clock clock) {
        this.loads = loads;
        this.rhythms = rhythms;
        this.clock = clock;
    }

    /** One mentor's row: their load, why moderators should look (null: no need) and a suggestion (null: none). */
    public record Row(MentorLoad load, String flag, String suggestion) {

        public boolean flagged() {
            return flag != null;
        }
    }

    public List<Row> of(String communityId) {
        Instant now = clock.instant();
        Rhythm rhythm = rhythms.of(communityId);
        List<MentorLoad> all = loads.of(communityId, now);
        return all.stream()
                .map(l -> {
                    String flag = l.flag(rhythm.reviewWait(), now).orElse(null);
                    String suggestion = flag == null
                            ? null
                            : Suggestion.of(l, all, rhythm.reviewWait(), now)
                                    .map(Text::plain)
                                    .orElse("no other mentor has room");
                    return new Row(l, flag, suggestion);
                })
                .sorted(Comparator.comparing((Row r) -> !r.flagged())
                        .thenComparing(r -> r.load().mentor().name()))
                .toList();
    }
}
