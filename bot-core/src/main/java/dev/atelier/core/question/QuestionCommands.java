package dev.atelier.core.question;

import static dev.atelier.core.command.OptionSpec.optional;
import static dev.atelier.core.command.OptionSpec.required;

import dev.atelier.core.command.Access;
import dev.atelier.core.command.CommandCatalog;
import dev.atelier.core.command.CommandSpec;
import dev.atelier.core.command.Feature;
import dev.atelier.core.command.OptionSpec;
import dev.atelier.core.command.OptionType;
import dev.atelier.core.internship.InternshipStore;
import java.time.Clock;
import java.util.List;

/** Questions: {@code ask}, {@code peers}, {@code resolve}, {@code reopen}, the mentor's {@code queue} and the cohort's {@code resources}. */
public final class QuestionCommands implements Feature {

    private final UseCases u;

    /** With the question posts (threads kept in step) and the mentor's queue, both shared with other features. */
    public QuestionCommands(
            InternshipStore internships, QuestionStore questions, QuestionPosts posts, ShowQueue queue, Clock clock) {
        this.u = new UseCases(
                new AskQuestion(internships, questions, posts, clock),
                new ResolveQuestion(questions, posts, clock),
                queue,
                new ShowResources(internships, questions),
                new LetPeersHelp(questions));
    }

    @Override
    public void register(CommandCatalog catalog) {
        catalog.add(
                new CommandSpec(
                        "ask",
                        null,
                        "Ask your mentor a question (intern)",
                        Access.EVERYONE,
                        List.of(
                                optional(
                                                "question",
                                                OptionType.LONG_TEXT,
                                                "What you are stuck on (leave out to open a form)")
                                        .maxLength(Question.MAX_LENGTH)
                                        .restOfLine(),
                                optional("internship", OptionType.INTERNSHIP, "Which internship, if you have several"),
                                yesNo("peers", "no keeps it from peer help in your cohort")),
                        "ask \"How do I run the integration tests?\""),
                (ctx, o) -> u.ask.execute(new AskQuestion.Command(
                        ctx.requester(),
                        o.text("question"),
                        o.number("internship"),
                        o.text("peers") == null ? null : "yes".equals(o.text("peers")))),
                (ctx, o) -> u.ask.precheck(ctx.requester(), o.number("internship")));
        catalog.add(
                new CommandSpec(
                        "peers",
                        null,
                        "Keep one of your questions from peer help, or allow it again",
                        Access.EVERYONE,
                        List.of(
                                required("question", OptionType.INTEGER, "The question number"),
                                new OptionSpec(
                                        "allow",
                                        OptionType.CHOICE,
                                        "yes lets peers help, no keeps it private",
                                        true,
                                        3,
                                        List.of("yes", "no"))),
                        "peers 3 no"),
                (ctx, o) -> u.peers.execute(ctx.requester(), o.number("question"), "yes".equals(o.text("allow"))));
        catalog.add(
                new CommandSpec(
                        "resolve",
                        null,
                        "Mark a question resolved; mentors can keep the answer",
                        Access.EVERYONE,
                        List.of(
                                required("question", OptionType.INTEGER, "The question number"),
                                new OptionSpec(
                                        "kind",
                                        OptionType.CHOICE,
                                        "Keep the answer as a resource or a best practice",
                                        false,
                                        20,
                                        List.of("resource", "practice")),
                                optional("title", OptionType.TEXT, "A short title for it")
                                        .maxLength(Knowledge.MAX_TITLE),
                                optional("answer", OptionType.LONG_TEXT, "The answer to keep")
                                        .maxLength(Question.MAX_LENGTH)
                                        .restOfLine()),
                        "resolve 3 resource \"Running the tests locally\" \"mvn verify -Pit\""),
                (ctx, o) -> u.resolve.resolve(
                        ctx.requester(),
                        o.number("question"),
                        kind(o.text("kind")),
                        o.text("title"),
                        o.text("answer")));
        catalog.add(
                new CommandSpec(
                        "reopen",
                        null,
                        "Reopen a resolved question (asker or mentor)",
                        Access.EVERYONE,
                        List.of(required("question", OptionType.INTEGER, "The question number")),
                        "reopen 3"),
                (ctx, o) -> u.resolve.reopen(ctx.requester(), o.number("question")));
        catalog.add(
                new CommandSpec(
                        "queue",
                        null,
                        "What waits for you as a mentor, oldest first",
                        Access.EVERYONE,
                        List.of(),
                        "queue"),
                (ctx, o) -> u.queue.execute(ctx.requester()));
        catalog.add(
                new CommandSpec(
                        "resources",
                        null,
                        "Answers kept for your cohort; search them by words",
                        Access.EVERYONE,
                        List.of(
                                optional("words", OptionType.TEXT, "Words to look for")
                                        .maxLength(100)
                                        .restOfLine(),
                                optional("cohort", OptionType.COHORT, "Another cohort than yours")),
                        "resources tests"),
                (ctx, o) -> u.resources.execute(ctx.requester(), o.text("words"), o.text("cohort")));
    }

    private static OptionSpec yesNo(String name, String description) {
        return new OptionSpec(name, OptionType.CHOICE, description, false, 3, List.of("yes", "no"));
    }

    private static Knowledge.Kind kind(String value) {
        return value == null ? null : "practice".equals(value) ? Knowledge.Kind.PRACTICE : Knowledge.Kind.RESOURCE;
    }

    /** The use cases these commands call. */
    record UseCases(
            AskQuestion ask, ResolveQuestion resolve, ShowQueue queue, ShowResources resources, LetPeersHelp peers) {}
}
