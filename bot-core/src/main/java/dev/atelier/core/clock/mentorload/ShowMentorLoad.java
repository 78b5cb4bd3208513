package dev.atelier.core.clock.mentorload;

import dev.atelier.core.clock.rhythm.Rhythm;
import dev.atelier.core.clock.rhythm.RhythmStore;
import dev.atelier.core.message.Message;
import dev.atelier.core.message.Outcome;
import dev.atelier.core.message.Text;
import dev.atelier.core.shared.Requester;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/** {@code mentor load} (moderators): every mentor's load, those to look at first with why and who has room. */
public final class ShowMentorLoad {

    private final MentorLoads loads;
    private final RhythmStore rhythms;
    private final Clock clock;

    public ShowMentorLoad(MentorLoads loads, RhythmStore rhythms, Clock clock) {
        this.loads = loads;
        this.rhythms = rhythms;
        this.clock = clock;
    }

    public Outcome execute(Requester r) {
        Instant now = clock.instant();
        Rhythm rhythm = rhythms.of(r.communityId());
        List<MentorLoad> all = loads.of(r.communityId(), now);
        if (all.isEmpty()) {
            return Outcome.reply(Message.privateReply(Text.of(
                    "No mentors yet: nobody mentors an active internship or is enrolled as a mentor in a cohort.")));
        }
        Text.Builder lines = Text.builder();
        all.stream()
                .sorted(Comparator.comparing((MentorLoad l) ->
                                l.flag(rhythm.reviewWait(), now).isEmpty())
                        .thenComparing(l -> l.mentor().name()))
                .forEach(l -> {
                    var flag = l.flag(rhythm.reviewWait(), now);
                    if (flag.isPresent()) {
                        if (!lines.isEmpty()) {
                            lines.line();
                        }
                        lines.plain("⚠️ ");
                    } else {
                        lines.bullet();
                    }
                    lines.text(l.line(now));
                    flag.ifPresent(f -> lines.line()
                            .plain("   " + MentorLoad.sentence(f) + "; ")
                            .text(Suggestion.of(l, all, rhythm.reviewWait(), now)
                                    .orElse(Text.of("no other mentor has room"))));
                });
        return Outcome.reply(Message.privateReply(lines.build()).withTitle("Mentor load (" + all.size() + ")"));
    }
}
