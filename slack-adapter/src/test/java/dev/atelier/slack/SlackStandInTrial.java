package dev.atelier.slack;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.atelier.core.testing.ShiftedClock;
import dev.atelier.core.testing.TestAtelier;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A hand check, not a test: starts the Slack adapter's application against the local Slack stand-in
 * ({@link FakeSlack}) and plays a whole internship as its members would, with buttons and forms only after the
 * moderator's set-up: the invitations accepted in DMs, milestones added and proposed from the Home tab, a
 * proposal confirmed on its card, work submitted from Home, changes requested and the work resubmitted from the
 * review's buttons, approvals on the cards, a question asked from Home, answered in its thread and resolved,
 * hours logged, a check-in answered from its DM, and the final review. Then it prints every message, update,
 * private answer, form and Home view that crossed the wire as a member reads it: where, the text, the fields,
 * the buttons and who was pinged.
 *
 * <p>Run: {@code ./mvnw -o -q -pl slack-adapter -am test-compile} then {@code java -cp ...
 * dev.atelier.slack.SlackStandInTrial} (or from an IDE).
 */
public final class SlackStandInTrial extends SlackHttpTestBase {

    private static final String ADMIN = "U0TADMIN";
    private static final String INTERN = "U0TINTERN";
    private static final String MENTOR = "U0TMENTOR";
    private static final Map<String, String> NAMES = Map.of(ADMIN, "ada", INTERN, "bea", MENTOR, "ben");
    private static final Pattern CHANNEL = Pattern.compile("<#(C[0-9A-Z]+)");

    private ShiftedClock coreClock;
    private TestAtelier atelier;
    private String workspace = "";
    private int homes;

    public static void main(String[] args) {
        ConfigurableApplicationContext context = new SpringApplicationBuilder(SlackTestApplication.class)
                .run(
                        "--server.port=0",
                        "--atelier.slack.bot-token=xoxb-test-token",
                        "--atelier.slack.signing-secret=" + SIGNING_SECRET,
                        "--atelier.slack.response-url-hosts=127.0.0.1",
                        "--atelier.slack.api-url=" + slack.apiUrl(),
                        "--logging.level.root=WARN",
                        "--spring.main.banner-mode=off");
        SlackStandInTrial trial = new SlackStandInTrial();
        trial.port = context.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
        System.out.println(
                "Atelier serves Slack on port " + trial.port + "; the Slack stand-in is at " + slack.apiUrl());
        trial.coreClock = context.getBean(ShiftedClock.class);
        trial.atelier = context.getBean(TestAtelier.class);
        int status = 0;
        try {
            trial.play();
        } catch (RuntimeException | AssertionError e) {
            System.out.println("!! the trial stopped: " + e.getClass().getSimpleName() + ": " + e.getMessage());
            for (StackTraceElement frame : e.getStackTrace()) {
                if (frame.getClassName().startsWith("dev.atelier")) {
                    System.out.println("!!   at " + frame);
                }
            }
            status = 1;
        } finally {
            trial.print();
            context.close();
            slack.close();
        }
        System.exit(status);
    }

    private void play() {
        cohortReadyToPair(ADMIN, INTERN, MENTOR, "C0TRIAL", "trial-pairs", "Trial task");
        command(ADMIN, "ada", "C0TRIAL", "pair ask trial-pairs");

        press(INTERN, awaitPost("D" + INTERN, "Accept"), "Accept");
        String started = press(MENTOR, awaitPost("D" + MENTOR, "Accept"), "Accept");
        Matcher channel = CHANNEL.matcher(started);
        if (!channel.find()) {
            throw new AssertionError("no workspace in " + started);
        }
        workspace = channel.group(1);

        form(MENTOR, "Add a milestone", Map.of("title", "Trial draft"), Map.of());
        form(INTERN, "Propose a milestone", Map.of("title", "Trial tests", "criteria", "Cover the form"), Map.of());
        press(MENTOR, awaitPost(workspace, "Confirm"), "Confirm");

        JsonObject submit = open(INTERN, home(INTERN).get("Submit work"));
        submit(INTERN, submit, Map.of("link", "https://example.org/draft"), Map.of("milestone", firstOption(submit)));
        pressAndFill(
                MENTOR, awaitPost(workspace, "Request changes"), "Request changes", Map.of("feedback", "Add a test"));
        pressAndFill(
                INTERN,
                awaitPost(workspace, "Resubmit"),
                "Resubmit",
                Map.of("link", "https://example.org/draft-2", "notes", "With a test"));
        press(MENTOR, awaitPost(workspace, "Approve"), "Approve");

        form(INTERN, "Ask my mentor", Map.of("question", "Which colour for the button?"), Map.of());
        FakeSlack.Call question = awaitPost(workspace, "Resolve");
        requests().signed(SlackPayloads.threadReply(MENTOR, workspace, SlackPayloads.actionTs(), slack.tsOf(question)));
        press(INTERN, question, "Resolve");

        form(INTERN, "Log hours", Map.of("hours", "3", "note", "styling the button"), Map.of());

        coreClock.moveTo(DayOfWeek.MONDAY, LocalTime.of(10, 30));
        atelier.services().clockRound().run();
        pressAndFill(
                INTERN,
                awaitPost("D" + INTERN, "Answer check-in"),
                "Answer check-in",
                Map.of("done", "the button", "blocks", "nothing", "next", "the footer", "confidence", "4"));

        submit = open(INTERN, home(INTERN).get("Submit work"));
        submit(INTERN, submit, Map.of("link", "https://example.org/tests"), Map.of("milestone", firstOption(submit)));
        String approved = slack.responseUrl();
        FakeSlack.Call card = awaitPost(workspace, "Approve");
        requests()
                .signed(SlackPayloads.blockActions(
                        MENTOR, "ben", workspace, buttons(card).get("Approve"), "Approve", approved));
        String complete = buttons(responseTo(approved)).get("Complete internship");
        JsonObject review = opened(() -> requests()
                .signed(SlackPayloads.blockActions(
                        MENTOR, "ben", workspace, complete, "Complete internship", slack.responseUrl())));
        submit(
                MENTOR,
                review,
                Map.of(
                        "score",
                        "9",
                        "skills",
                        "html, css",
                        "strengths",
                        "Clean markup",
                        "endorsement",
                        "Bea built the button."),
                Map.of());
        awaitPost("D" + INTERN, "Rate the mentorship");
        coreClock.reset();
    }

    /** Presses {@code label} on a posted message and returns the private answer to the press. */
    private String press(String member, FakeSlack.Call message, String label) {
        String url = slack.responseUrl();
        requests()
                .signed(SlackPayloads.blockActions(
                        member,
                        NAMES.get(member),
                        message.param("channel"),
                        buttons(message).get(label),
                        label,
                        url));
        return String.valueOf(responseTo(url).param("text"));
    }

    /** Presses a button that asks for a form, and fills it. */
    private void pressAndFill(String member, FakeSlack.Call message, String label, Map<String, String> values) {
        JsonObject view = opened(() -> requests()
                .signed(SlackPayloads.blockActions(
                        member,
                        NAMES.get(member),
                        message.param("channel"),
                        buttons(message).get(label),
                        label,
                        slack.responseUrl())));
        submit(member, view, values, Map.of());
    }

    /** Opens Home, presses {@code label} there and fills its form. */
    private void form(String member, String label, Map<String, String> values, Map<String, String> choices) {
        submit(member, open(member, home(member).get(label)), values, choices);
    }

    private void submit(String member, JsonObject view, Map<String, String> values, Map<String, String> choices) {
        requests().signed(SlackPayloads.viewSubmission(member, NAMES.get(member), view, values, choices));
        pause();
    }

    private Map<String, String> home(String member) {
        int before = (int) slack.calls("views.publish").stream()
                .filter(c -> member.equals(c.param("user_id")))
                .count();
        requests().signed(SlackPayloads.appHomeOpened(member, "Ev-trial-home-" + ++homes));
        FakeSlack.Call published = awaitCalls("views.publish", c -> member.equals(c.param("user_id")), before + 1)
                .get(before);
        return LivingMessagesHttpTest.buttons(
                published.json("view").getAsJsonArray("blocks").toString());
    }

    private JsonObject open(String member, String actionId) {
        return opened(() -> requests().signed(SlackPayloads.homeAction(member, NAMES.get(member), actionId, "")));
    }

    private static JsonObject opened(Runnable press) {
        int before = slack.calls("views.open").size();
        press.run();
        return awaitCalls("views.open", c -> true, before + 1).get(before).json("view");
    }

    private static String firstOption(JsonObject view) {
        return StreamSupport.stream(view.getAsJsonArray("blocks").spliterator(), false)
                .map(JsonElement::getAsJsonObject)
                .filter(b -> b.has("block_id")
                        && "milestone".equals(b.get("block_id").getAsString()))
                .findFirst()
                .orElseThrow()
                .getAsJsonObject("element")
                .getAsJsonArray("options")
                .get(0)
                .getAsJsonObject()
                .get("value")
                .getAsString();
    }

    /** The latest post in {@code channel} that carries {@code label} as a button or in its text. */
    private static FakeSlack.Call awaitPost(String channel, String label) {
        pause();
        java.util.List<FakeSlack.Call> posts = awaitCalls(
                "chat.postMessage",
                c -> channel.equals(c.param("channel")) && buttons(c).containsKey(label),
                1);
        return posts.get(posts.size() - 1);
    }

    private static Map<String, String> buttons(FakeSlack.Call call) {
        String blocks = call.param("blocks");
        return blocks == null ? Map.of() : LivingMessagesHttpTest.buttons(blocks);
    }

    /** Lets the outbox's lanes deliver what the last step sent. */
    private static void pause() {
        try {
            Thread.sleep(700);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void print() {
        Map<String, String> channels = new LinkedHashMap<>();
        channels.put(workspace, "#workspace");
        channels.put("C0TRIAL", "#general");
        NAMES.forEach((id, name) -> channels.put("D" + id, "DM " + name));
        for (FakeSlack.Call call : slack.calls()) {
            String where = switch (call.method()) {
                case "chat.postMessage" ->
                    "post in " + channels.getOrDefault(call.param("channel"), call.param("channel"))
                            + (call.param("thread_ts") == null ? "" : " (thread)");
                case "chat.update" ->
                    "update in " + channels.getOrDefault(call.param("channel"), call.param("channel"));
                case "chat.postEphemeral" -> "private to " + name(call.param("user"));
                case "respond" -> "private answer";
                case "views.open" -> "form";
                case "views.publish" -> "Home of " + name(call.param("user_id"));
                default -> null;
            };
            if (where == null) {
                continue;
            }
            StringBuilder out = new StringBuilder("── ").append(where).append(" ──\n");
            if (call.param("view") != null) {
                JsonObject view = call.json("view");
                if (view.has("title")) {
                    out.append("  title: ")
                            .append(view.getAsJsonObject("title").get("text").getAsString())
                            .append('\n');
                }
                describe(view.getAsJsonArray("blocks"), out);
            } else if (call.param("blocks") != null && call.param("blocks").startsWith("[")) {
                describe(JsonParser.parseString(call.param("blocks")).getAsJsonArray(), out);
            } else if (call.param("text") != null) {
                out.append("  ").append(readable(call.param("text"))).append('\n');
            }
            if (call.param("replace_original") != null) {
                out.append("  (replace_original: ")
                        .append(call.param("replace_original"))
                        .append(")\n");
            }
            Matcher pings = Pattern.compile("<@(U[0-9A-Z]+)>")
                    .matcher(String.valueOf(call.param("text")) + call.param("blocks"));
            java.util.Set<String> pinged = new java.util.LinkedHashSet<>();
            while (pings.find()) {
                pinged.add(name(pings.group(1)));
            }
            if (!pinged.isEmpty() && !"views.publish".equals(call.method())) {
                out.append("  pings: ").append(String.join(" ", pinged)).append('\n');
            }
            System.out.print(out);
        }
    }

    private static void describe(JsonArray blocks, StringBuilder out) {
        for (JsonElement element : blocks) {
            JsonObject block = element.getAsJsonObject();
            String type = block.get("type").getAsString();
            switch (type) {
                case "header", "section" -> {
                    if (block.has("text")) {
                        text(block.getAsJsonObject("text"), type.equals("header") ? "# " : "", out);
                    }
                    if (block.has("fields")) {
                        for (JsonElement f : block.getAsJsonArray("fields")) {
                            text(f.getAsJsonObject(), "  · ", out);
                        }
                    }
                    if (block.has("accessory")) {
                        out.append("  [")
                                .append(label(block.getAsJsonObject("accessory")))
                                .append("]\n");
                    }
                }
                case "context" -> {
                    for (JsonElement e : block.getAsJsonArray("elements")) {
                        if (e.getAsJsonObject().has("text")) {
                            text(e.getAsJsonObject(), "  (small) ", out);
                        }
                    }
                }
                case "actions" -> {
                    StringBuilder labels = new StringBuilder("  buttons:");
                    for (JsonElement e : block.getAsJsonArray("elements")) {
                        labels.append(" [").append(label(e.getAsJsonObject())).append(']');
                    }
                    out.append(labels).append('\n');
                }
                case "input" -> {
                    JsonObject input = block.getAsJsonObject("element");
                    String label = block.getAsJsonObject("label").get("text").getAsString();
                    out.append("  field: ")
                            .append(label)
                            .append(" (")
                            .append(label.length())
                            .append(" chars, ")
                            .append(
                                    block.has("optional")
                                                    && block.get("optional").getAsBoolean()
                                            ? "optional"
                                            : "required")
                            .append(", ")
                            .append(input.get("type").getAsString())
                            .append(")\n");
                    if (block.has("hint")) {
                        out.append("    hint: ")
                                .append(block.getAsJsonObject("hint")
                                        .get("text")
                                        .getAsString())
                                .append('\n');
                    }
                }
                case "divider" -> out.append("  ---\n");
                default -> out.append("  <").append(type).append(">\n");
            }
        }
    }

    private static String label(JsonObject element) {
        return element.has("text")
                ? element.getAsJsonObject("text").get("text").getAsString()
                : element.get("type").getAsString();
    }

    private static void text(JsonObject text, String prefix, StringBuilder out) {
        readable(text.get("text").getAsString())
                .lines()
                .forEach(line -> out.append("  ").append(prefix).append(line).append('\n'));
    }

    /** Slack's text with member ids shown as the names Slack would show. */
    private static String readable(String text) {
        String shown = text;
        for (Map.Entry<String, String> name : NAMES.entrySet()) {
            shown = shown.replace("<@" + name.getKey() + ">", "<@" + name.getValue() + ">");
        }
        return shown;
    }

    private static String name(String id) {
        return "@" + NAMES.getOrDefault(id, id);
    }
}
