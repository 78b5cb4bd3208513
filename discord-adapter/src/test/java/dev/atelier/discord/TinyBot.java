package dev.atelier.discord;

import dev.atelier.core.command.Access;
import dev.atelier.core.command.AtelierBot;
import dev.atelier.core.command.Choice;
import dev.atelier.core.command.CommandCatalog;
import dev.atelier.core.command.CommandSpec;
import dev.atelier.core.command.OptionSpec;
import dev.atelier.core.command.OptionType;
import dev.atelier.core.message.Button;
import dev.atelier.core.message.ButtonStyle;
import dev.atelier.core.message.Message;
import dev.atelier.core.message.Outcome;
import dev.atelier.core.message.Text;
import dev.atelier.core.workspace.Outbound;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * A real {@link AtelierBot} over a tiny catalog of our own: {@code cohort create} (moderators),
 * {@code status} (public), {@code review} (internship, verdict, feedback; a button asks for the
 * feedback in a modal). Each handler answers with what it received, so tests can see the options.
 */
final class TinyBot {

    final List<String> ran = new ArrayList<>();
    final AtelierBot bot;

    TinyBot() {
        CommandCatalog catalog = new CommandCatalog()
                .add(
                        new CommandSpec(
                                "cohort",
                                "create",
                                "Create a cohort",
                                Access.MODERATOR,
                                List.of(
                                        OptionSpec.required("name", OptionType.TEXT, "Cohort name")
                                                .maxLength(40),
                                        OptionSpec.optional("channel", OptionType.CHANNEL, "Cohort channel"),
                                        OptionSpec.optional("lead", OptionType.MEMBER, "Who leads it")),
                                "cohort create spring"),
                        (context, options) -> {
                            ran.add("cohort create " + options.text("name") + " "
                                    + options.optionalText("channel").orElse("-") + " "
                                    + (options.has("lead") ? options.member("lead") : "-"));
                            return Outcome.reply(Message.privateReply(Text.builder()
                                    .plain("Cohort ")
                                    .bold(options.text("name"))
                                    .plain(" created.")
                                    .build()));
                        })
                .add(
                        new CommandSpec("cohort", "list", "List cohorts", Access.EVERYONE, List.of(), "cohort list"),
                        (context, options) -> Outcome.reply(Message.privateReply(Text.of("No cohorts yet."))))
                .add(
                        new CommandSpec(
                                "status",
                                null,
                                "Show status",
                                Access.EVERYONE,
                                List.of(
                                        OptionSpec.optional("internship", OptionType.INTERNSHIP, "Internship number"),
                                        OptionSpec.optional("count", OptionType.INTEGER, "How many")),
                                "status"),
                        (context, options) -> {
                            ran.add("status");
                            return Outcome.reply(Message.publicReply(Text.builder()
                                            .plain("All good @everyone, ")
                                            .member(context.caller().actor().id())
                                            .plain(" asked.")
                                            .build())
                                    .withTitle("Status")
                                    .withButtons(List.of(
                                            Button.of("Approve", ButtonStyle.SUCCESS, "review 3 approve"),
                                            Button.asking(
                                                    "Request changes",
                                                    ButtonStyle.DANGER,
                                                    "review 3 changes",
                                                    "feedback"))));
                        })
                .add(
                        new CommandSpec(
                                "review",
                                null,
                                "Review a submission",
                                Access.EVERYONE,
                                List.of(
                                        OptionSpec.required("internship", OptionType.INTERNSHIP, "Internship number"),
                                        OptionSpec.choice(
                                                "verdict", "Approve or ask for changes", "approve", "changes"),
                                        OptionSpec.optional("feedback", OptionType.LONG_TEXT, "What to change")),
                                "review 3 approve"),
                        (context, options) -> {
                            ran.add("review " + options.number("internship") + " " + options.text("verdict") + " "
                                    + options.optionalText("feedback").orElse("-"));
                            return Outcome.reply(Message.privateReply(Text.of("Review saved.")));
                        });
        this.bot = new AtelierBot(
                catalog,
                new InMemoryCommunityStore(),
                new Outbound(List.of(), List.of()),
                (requester, type, typed) -> IntStream.rangeClosed(1, 30)
                        .mapToObj(i -> new Choice("#" + i + " " + "x".repeat(120), String.valueOf(i)))
                        .toList());
    }
}
