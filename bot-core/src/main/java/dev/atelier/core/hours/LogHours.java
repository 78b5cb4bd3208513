package dev.atelier.core.hours;

import dev.atelier.core.internship.HoursEntry;
import dev.atelier.core.internship.Internship;
import dev.atelier.core.internship.InternshipAccess;
import dev.atelier.core.internship.InternshipStatus;
import dev.atelier.core.internship.InternshipStore;
import dev.atelier.core.message.CommandHint;
import dev.atelier.core.message.Outcome;
import dev.atelier.core.message.Text;
import dev.atelier.core.pay.Hours;
import dev.atelier.core.shared.Rejected;
import dev.atelier.core.shared.Requester;
import java.time.Clock;
import java.util.List;
import java.util.stream.Collectors;

/**
 * {@code log <hours> [note] [internship]}: the intern or the mentor logs time. Without a number it
 * goes to the internship whose workspace the command is typed in, or to the member's only active one.
 */
public final class LogHours {

    private final InternshipStore store;
    private final InternshipAccess access;
    private final Clock clock;

    public LogHours(InternshipStore store, InternshipAccess access, Clock clock) {
        this.store = store;
        this.access = access;
        this.clock = clock;
    }

    public record Command(Requester requester, int minutes, String note, Long internship, String channelId) {

        public static Command of(Requester requester, String hours, String note, Long internship, String channelId) {
            return new Command(requester, Hours.parse(hours), note, internship, channelId);
        }
    }

    public Outcome execute(Command c) {
        Internship internship = target(c);
        HoursEntry entry = internship
                .hoursLog()
                .log(
                        c.requester(),
                        () -> store.nextHoursEntryNumber(c.requester().communityId()),
                        c.minutes(),
                        c.note(),
                        clock.instant());
        internship = access.save(internship);
        return Outcome.reply(
                HoursReplies.logged(internship, entry, c.requester().memberId()));
    }

    /** Before the log form opens: the hours would go to an internship that still takes them. */
    public void check(Requester requester, Long internship, String channelId) {
        target(new Command(requester, 0, null, internship, channelId)).checkOpen();
    }

    private Internship target(Command c) {
        if (c.internship() != null) {
            return access.internship(c.requester(), c.internship());
        }
        List<Internship> active = store
                .findByMember(c.requester().communityId(), c.requester().memberId())
                .stream()
                .filter(i -> i.status() == InternshipStatus.ACTIVE)
                .toList();
        if (c.channelId() != null) {
            for (Internship i : active) {
                if (c.channelId().equals(i.workspaceChannelId())) {
                    return i;
                }
            }
        }
        if (active.size() == 1) {
            return active.get(0);
        }
        if (active.isEmpty()) {
            throw new Rejected("You are in no active internship, so there is nowhere to log hours.");
        }
        throw new Rejected(Text.builder()
                .plain("You are in " + active.size() + " active internships ("
                        + active.stream().map(i -> "#" + i.number()).collect(Collectors.joining(", "))
                        + "): add which one, such as ")
                .command(CommandHint.of("log")
                        .with("hours", 2)
                        .with("note", "wrote tests")
                        .named("internship", active.get(0).number()))
                .plain(".")
                .build());
    }
}
