package dev.atelier.core.cohort;

import dev.atelier.core.message.CommandHint;
import dev.atelier.core.message.Field;
import dev.atelier.core.message.Message;
import dev.atelier.core.message.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Turns what creating, listing and closing cohorts decided into messages. */
final class CohortReplies {

    private CohortReplies() {}

    /** A cohort created: its name, its channel, how to start an internship in it. */
    static Message created(Cohort cohort) {
        List<Field> fields = new ArrayList<>();
        if (cohort.channelId() != null) {
            fields.add(Field.of(
                    "Channel", Text.builder().channel(cohort.channelId()).build()));
        }
        if (cohort.starts() != null || cohort.ends() != null) {
            fields.add(Field.of("Dates", Text.of(dates(cohort))));
        }
        fields.add(Field.wide(
                "Next",
                Text.builder()
                        .plain("Start an internship in it with ")
                        .command(CommandHint.of("internship start")
                                .placeholder("intern")
                                .placeholder("mentor")
                                .placeholder("task")
                                .with("cohort", cohort.name()))
                        .build()));
        return Message.privateReply(Text.builder()
                        .plain("✅ Cohort ")
                        .bold(cohort.name())
                        .plain(" created.")
                        .build())
                .withFields(fields);
    }

    static Message closed(Cohort cohort) {
        return Message.privateReply(Text.builder()
                .plain("🔒 Cohort ")
                .bold(cohort.name())
                .plain(" is closed. Running internships carry on; no new ones can start in it.")
                .build());
    }

    static Message list(List<Cohort> all) {
        if (all.isEmpty()) {
            return Message.privateReply(Text.builder()
                    .plain("No cohorts yet. A moderator creates one with ")
                    .command(CommandHint.of("cohort create").placeholder("name"))
                    .plain(".")
                    .build());
        }
        Text.Builder lines = Text.builder();
        for (Cohort c : all) {
            lines.bullet().bold(c.name()).plain(" — " + c.status().name().toLowerCase(Locale.ROOT));
            if (c.starts() != null || c.ends() != null) {
                lines.plain(" · " + dates(c));
            }
            if (c.channelId() != null) {
                lines.plain(" · ").channel(c.channelId());
            }
        }
        return Message.privateReply(lines.build()).withTitle("Cohorts (" + all.size() + ")");
    }

    private static String dates(Cohort c) {
        return (c.starts() == null ? "…" : c.starts()) + " → " + (c.ends() == null ? "…" : c.ends());
    }
}
