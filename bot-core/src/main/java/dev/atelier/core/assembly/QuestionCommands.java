package dev.atelier.core.assembly;

import static dev.atelier.core.command.OptionSpec.optional;
import static dev.atelier.core.command.OptionSpec.required;

import dev.atelier.core.command.Access;
import dev.atelier.core.command.CommandCatalog;
import dev.atelier.core.command.CommandSpec;
import dev.atelier.core.command.OptionType;
import dev.atelier.core.question.AskQuestion;
import dev.atelier.core.question.Question;
import dev.atelier.core.question.ResolveQuestion;
import dev.atelier.core.question.ShowQueue;
import java.util.List;

/** Catalog entries for questions: ask, resolve, reopen and the mentor's queue. */
final class QuestionCommands {

    private QuestionCommands() {
    }

    static void register(CommandCatalog catalog, UseCases u) {
        catalog.add(new CommandSpec("ask", null, "Ask your mentor a question (intern)", Access.EVERYONE, List.of(
                        required("question", OptionType.LONG_TEXT, "What you are stuck on").maxLength(Question.MAX_LENGTH),
                        optional("internship", OptionType.INTERNSHIP, "Which internship, if you have several")),
                        "ask \"How do I run the integration tests?\""),
                (ctx, o) -> u.ask.execute(new AskQuestion.Command(ctx.requester(), o.text("question"),
                        o.number("internship"))));
        catalog.add(new CommandSpec("resolve", null, "Mark a question as resolved (asker or mentor)", Access.EVERYONE,
                        List.of(required("question", OptionType.INTEGER, "The question number")), "resolve 3"),
                (ctx, o) -> u.resolve.resolve(ctx.requester(), o.number("question")));
        catalog.add(new CommandSpec("reopen", null, "Reopen a resolved question (asker or mentor)", Access.EVERYONE,
                        List.of(required("question", OptionType.INTEGER, "The question number")), "reopen 3"),
                (ctx, o) -> u.resolve.reopen(ctx.requester(), o.number("question")));
        catalog.add(new CommandSpec("queue", null, "What waits for you as a mentor, oldest first", Access.EVERYONE,
                        List.of(), "queue"),
                (ctx, o) -> u.queue.execute(ctx.requester()));
    }

    /** The use cases these commands call. */
    record UseCases(AskQuestion ask, ResolveQuestion resolve, ShowQueue queue) {
    }
}
