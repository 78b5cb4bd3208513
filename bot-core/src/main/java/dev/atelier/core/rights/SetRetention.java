package dev.atelier.core.rights;

import dev.atelier.core.message.CommandHint;
import dev.atelier.core.message.Message;
import dev.atelier.core.message.Outcome;
import dev.atelier.core.message.Text;
import dev.atelier.core.shared.Rejected;
import dev.atelier.core.shared.Requester;

/** {@code community retention [days]}: shows or sets how long ended records are kept (moderators). */
public final class SetRetention {

    public static final int DEFAULT_DAYS = 365;
    public static final int MINIMUM_DAYS = 30;
    public static final int MAXIMUM_DAYS = 3650;

    private final RetentionSettings settings;

    public SetRetention(RetentionSettings settings) {
        this.settings = settings;
    }

    public Outcome execute(Requester requester, Long days) {
        if (!requester.moderator()) {
            throw new Rejected("Only moderators set how long records are kept.");
        }
        if (days == null) {
            int current = settings.days(requester.communityId()).orElse(DEFAULT_DAYS);
            return Outcome.reply(Message.privateReply(Text.builder()
                    .plain("🗄️ " + requester.community().name() + " keeps " + explain(current) + " Change it with ")
                    .command(CommandHint.of("community retention").placeholder("days"))
                    .plain(" (" + MINIMUM_DAYS + " or more).")
                    .build()));
        }
        if (days < MINIMUM_DAYS || days > MAXIMUM_DAYS) {
            throw new Rejected(
                    "Keep records from " + MINIMUM_DAYS + " to " + MAXIMUM_DAYS + " days, not " + days + ".");
        }
        settings.setDays(requester.communityId(), days.intValue());
        return Outcome.reply(Message.privateReply(
                Text.of("🗄️ From now on " + requester.community().name() + " keeps " + explain(days.intValue()))));
    }

    private static String explain(int days) {
        return "done reminders, counted message ids and check-in answers and message counts of ended internships for "
                + days + " days; expired links go at once. Pay statements and credentials are kept.";
    }
}
