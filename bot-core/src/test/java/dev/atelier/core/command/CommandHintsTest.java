package dev.atelier.core.command;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.core.message.CommandHint;
import dev.atelier.core.message.Message;
import dev.atelier.core.message.Outcome;
import dev.atelier.core.message.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

class CommandHintsTest {

    private final CommandHints hints = new CommandHints(new CommandCatalog()
            .add(
                    new CommandSpec(
                            "review",
                            null,
                            "Review",
                            Access.EVERYONE,
                            List.of(
                                    OptionSpec.required("milestone", OptionType.MILESTONE, "The milestone"),
                                    OptionSpec.choice("verdict", "Verdict", "approve", "changes"),
                                    OptionSpec.optional("feedback", OptionType.LONG_TEXT, "Feedback")),
                            "review 3 approve"),
                    (ctx, o) -> Outcome.reply(Message.privateReply("ok")))
            .add(
                    new CommandSpec("cohort", "list", "List", Access.EVERYONE, List.of(), "cohort list"),
                    (ctx, o) -> Outcome.reply(Message.privateReply("ok"))));

    @Test
    void codeThatIsACatalogCommandBecomesAHint() {
        Message message =
                hints.apply(Message.privateReply("Run `review 3 changes <feedback>` or `cohort list`, not `winter`."));

        assertThat(message.body().spans())
                .contains(
                        new Span.Command(CommandHint.of("review")
                                .with("milestone", "3")
                                .with("verdict", "changes")
                                .placeholder("feedback")),
                        new Span.Command(CommandHint.of("cohort list")),
                        new Span.Code("winter"));
    }

    @Test
    void codeWithMoreValuesThanOptionsStaysCode() {
        assertThat(hints.hint("review 3 approve fine extra")).isEmpty();
        assertThat(hints.hint("cohort")).isEmpty();
        assertThat(hints.hint("/atelier review 3 feedback:\"nice\"")).isPresent();
    }
}
