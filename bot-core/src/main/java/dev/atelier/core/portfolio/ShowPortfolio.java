package dev.atelier.core.portfolio;

import dev.atelier.core.community.Member;
import dev.atelier.core.message.Field;
import dev.atelier.core.message.Message;
import dev.atelier.core.message.Outcome;
import dev.atelier.core.message.Text;
import dev.atelier.core.pay.Hours;
import dev.atelier.core.shared.Json;
import dev.atelier.core.shared.Requester;
import dev.atelier.core.trajectory.Trajectory;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** {@code portfolio [member] [format]}: a member's completed micro-internships, as a message, Markdown or JSON. */
public final class ShowPortfolio {

    private static final int SHOWN = 20;

    private final Portfolio portfolio;
    private final Trajectory trajectory;

    public ShowPortfolio(Portfolio portfolio) {
        this(portfolio, null);
    }

    /** Also shows what the completions count for: the levels earned and the cohort tasks they open. */
    public ShowPortfolio(Portfolio portfolio, Trajectory trajectory) {
        this.portfolio = portfolio;
        this.trajectory = trajectory;
    }

    public Outcome execute(Requester requester, Member member, String format) {
        Member who = member == null ? requester.member() : member;
        List<PortfolioEntry> entries = portfolio.of(requester.communityId(), who.id()).stream()
                .limit(SHOWN)
                .toList();
        if (entries.isEmpty()) {
            return Outcome.reply(Message.privateReply(Text.builder()
                    .quiet(who)
                    .plain(" has no completed micro-internship here yet.")
                    .build()));
        }
        String f = format == null ? "text" : format.toLowerCase(Locale.ROOT);
        String title = "Portfolio · " + who.name();
        return switch (f) {
            case "markdown" ->
                Outcome.reply(Message.privateReply(Text.builder()
                                .codeBlock(markdown(who, entries).strip())
                                .build())
                        .withTitle(title));
            case "json" ->
                Outcome.reply(Message.privateReply(
                                Text.builder().codeBlock(json(who, entries)).build())
                        .withTitle(title));
            default ->
                Outcome.reply(Message.privateReply(Text.join(
                                Text.builder().line().build(),
                                entries.stream().map(ShowPortfolio::line).toList()))
                        .withTitle(title)
                        .withFields(java.util.stream.Stream.concat(
                                        java.util.stream.Stream.of(
                                                Field.of("Completed", Text.of(Integer.toString(entries.size()))),
                                                Field.of(
                                                        "Average score",
                                                        Text.of(String.format(
                                                                Locale.ROOT,
                                                                "%.1f/10",
                                                                entries.stream()
                                                                        .mapToInt(PortfolioEntry::score)
                                                                        .average()
                                                                        .orElse(0))))),
                                        path(requester, who).stream())
                                .toList()));
        };
    }

    private List<Field> path(Requester requester, Member who) {
        List<Field> fields = new java.util.ArrayList<>();
        if (trajectory == null) {
            return fields;
        }
        var earned = trajectory.earned(requester.communityId(), who.id());
        fields.add(Field.wide("Earned", Text.of(earned.isEmpty() ? "nothing yet" : Trajectory.describe(earned))));
        List<String> opens = trajectory.opens(requester.communityId(), earned);
        fields.add(Field.wide(
                "Opens",
                opens.isEmpty()
                        ? Text.of("no task that requires earlier completions yet")
                        : Text.list(opens.stream().map(Text::user).toList())));
        return fields;
    }

    private static Text line(PortfolioEntry e) {
        return Text.builder()
                .plain("🏅 ")
                .bold(e.task())
                .plain(" — " + e.score() + "/10 · ")
                .user(String.join(", ", e.skills()))
                .plain(" · " + Hours.format(e.minutes()) + " · " + e.completed() + " · ")
                .link(e.credentialUrl(), "credential")
                .build();
    }

    static String markdown(Member who, List<PortfolioEntry> entries) {
        StringBuilder out =
                new StringBuilder("# Micro-internships of ").append(who.name()).append("\n\n");
        for (PortfolioEntry e : entries) {
            out.append("## ")
                    .append(e.task())
                    .append("\n\n")
                    .append("- Completed: ")
                    .append(e.completed())
                    .append('\n')
                    .append("- Mentor's score: ")
                    .append(e.score())
                    .append("/10\n")
                    .append("- Skills: ")
                    .append(String.join(", ", e.skills()))
                    .append('\n')
                    .append("- Hours: ")
                    .append(Hours.format(e.minutes()))
                    .append('\n')
                    .append("- Mentor: ")
                    .append(e.mentor())
                    .append('\n')
                    .append("- Verifiable credential: <")
                    .append(e.credentialUrl())
                    .append(">\n\n");
        }
        return out.toString();
    }

    static String json(Member who, List<PortfolioEntry> entries) {
        List<Object> items = entries.stream()
                .map(e -> {
                    Map<String, Object> item = new LinkedHashMap<>();
                    item.put("internship", e.internship());
                    item.put("task", e.task());
                    item.put("cohort", e.cohort());
                    item.put("completed", e.completed().toString());
                    item.put("score", e.score());
                    item.put("skills", e.skills());
                    item.put(
                            "hours",
                            new java.math.BigDecimal(Hours.format(e.minutes()).replace(" h", "")));
                    item.put("mentor", e.mentor());
                    item.put("credential", e.credentialUrl());
                    return (Object) item;
                })
                .toList();
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("member", who.name());
        root.put("internships", items);
        return Json.write(root);
    }
}
