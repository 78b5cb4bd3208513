package dev.atelier.core.cohort;

import dev.atelier.core.message.Message;
import dev.atelier.core.message.Outcome;
import dev.atelier.core.shared.Requester;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Lists a community's cohorts with their status and dates. */
public final class ListCohorts {

    private final CohortStore cohorts;

    public ListCohorts(CohortStore cohorts) {
        this.cohorts = cohorts;
    }

    public Outcome execute(Requester requester) {
        List<Cohort> all = cohorts.list(requester.communityId());
        if (all.isEmpty()) {
            return Outcome.reply(
                    Message.privateReply("No cohorts yet. A moderator creates one with " + "`cohort create <name>`."));
        }
        String lines = all.stream().map(ListCohorts::line).collect(Collectors.joining("\n"));
        return Outcome.reply(Message.privateReply(lines).withTitle("Cohorts"));
    }

    private static String line(Cohort c) {
        String dates = c.starts() == null && c.ends() == null
                ? ""
                : " · " + (c.starts() == null ? "…" : c.starts()) + " → " + (c.ends() == null ? "…" : c.ends());
        String channel = c.channelId() == null ? "" : " · <#" + c.channelId() + ">";
        return "• *" + c.name() + "* — " + c.status().name().toLowerCase(Locale.ROOT) + dates + channel;
    }
}
