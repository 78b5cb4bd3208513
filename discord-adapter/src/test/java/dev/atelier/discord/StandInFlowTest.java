package dev.atelier.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.atelier.core.delivery.Deliveries;
import dev.atelier.core.store.MongoDeliveries;
import dev.atelier.core.testing.ShiftedClock;
import dev.atelier.core.testing.TestAtelier;
import dev.atelier.discord.DiscordStandIn.RestCall;
import dev.atelier.discord.StandInInteractions.Interaction;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import net.dv8tion.jda.api.utils.data.DataArray;
import net.dv8tion.jda.api.utils.data.DataObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * What the wire-level flow tests share: a {@link DiscordStandIn} with a moderator, an intern and a
 * mentor; the real JDA client logged into it through the adapter's own connection, listener,
 * notifier and provisioner; and the real core on an embedded MongoDB-wire server. Interactions go
 * in over the gateway; tests assert on the REST calls that come out.
 */
abstract class StandInFlowTest {

    static final String MODERATOR = "100";
    static final String INTERN = "101";
    static final String MENTOR = "102";
    static final Duration PATIENCE = Duration.ofSeconds(20);

    protected DiscordStandIn discord;
    protected StandInInteractions interactions;
    protected TestAtelier atelier;
    /** The core's clock: real time, moved on by tests that need the check-in rounds. */
    protected final ShiftedClock coreClock = new ShiftedClock();

    private DiscordConnection connection;

    @BeforeEach
    void logIn() throws IOException {
        discord = new DiscordStandIn();
        discord.member(MODERATOR, "Mod", true);
        discord.member(INTERN, "Ada", false);
        discord.member(MENTOR, "Grace", false);
        arrange(discord);
        interactions = new StandInInteractions(discord);
        AtomicReference<TestAtelier> core = new AtomicReference<>();
        AtomicReference<Deliveries> deliveries = new AtomicReference<>();
        DiscordProperties standIn = discord.properties();
        DiscordProperties properties = new DiscordProperties(
                standIn.token(), standIn.restUrl(), standIn.gatewayUrl(), standIn.moderatorRole(), memberEvents());
        connection = new DiscordConnection(
                listener -> JdaFactory.build(properties, shards(), listener),
                () -> core.get().bot(),
                null,
                deliveries::get);
        atelier = TestAtelier.start(
                List.of(new DiscordNotifier(connection::jda)),
                List.of(new DiscordWorkspaceProvisioner(connection::jda, null)),
                coreClock);
        core.set(atelier);
        deliveries.set(MongoDeliveries.create(atelier.mongo(), Clock.systemUTC()));
        connection.start();
        await().atMost(PATIENCE)
                .until(() -> !discord.commands.isEmpty() && connection.jda().isPresent());
    }

    @AfterEach
    void logOut() throws IOException {
        discord.calls.forEach(call -> System.out.println("wire: " + call));
        connection.stop();
        connection.jda().ifPresent(jda -> jda.shutdownNow());
        atelier.close();
        discord.close();
    }

    /** More for the stand-in before the bot logs in (another guild, for example); nothing by default. */
    protected void arrange(DiscordStandIn standIn) {}

    /** Whether the bot asks for members' role changes ({@code atelier.discord.member-events}); no by default. */
    protected boolean memberEvents() {
        return false;
    }

    /** The shards this test's connection logs in with; none (one client) by default. */
    protected DiscordShardProperties shards() {
        return DiscordShardProperties.NONE;
    }

    /** The adapter's connection to the stand-in (its JDA once logged in). */
    protected DiscordConnection connection() {
        return connection;
    }

    /** Runs a slash command in the cohort channel and waits for its answer. */
    protected Answer slash(String userId, String name, String subcommand, Map<String, String> options) {
        return answer(interactions.slash(userId, DiscordStandIn.COHORT_CHANNEL_ID, name, subcommand, options));
    }

    /** Waits until the interaction is answered: a reply or a modal, or a deferral filled in. */
    protected Answer answer(Interaction interaction) {
        await().atMost(PATIENCE).until(() -> answered(callsOf(interaction)));
        return new Answer(interaction, callsOf(interaction));
    }

    private List<RestCall> callsOf(Interaction interaction) {
        return discord.calls.stream()
                .filter(call -> call.path().contains("/" + interaction.token()))
                .toList();
    }

    private static boolean answered(List<RestCall> calls) {
        for (RestCall call : calls) {
            if (call.path().endsWith("/callback") && call.body().getInt("type") != 5) {
                return true;
            }
            if (call.is("PATCH", ".*/messages/@original")
                    && !OutcomeReplies.POSTED.equals(call.body().getString("content", ""))) {
                return true;
            }
            if (call.is("POST", "/webhooks/\\d+/[^/]+")) {
                return true;
            }
        }
        return false;
    }

    /** The REST calls an interaction caused, in order, and what they said. */
    record Answer(Interaction interaction, List<RestCall> calls) {

        String text() {
            return calls.stream()
                    .map(call -> call.path().endsWith("/callback")
                            ? call.body()
                                    .optObject("data")
                                    .map(StandInFlowTest::text)
                                    .orElse("")
                            : StandInFlowTest.text(call.body()))
                    .collect(Collectors.joining("\n"));
        }

        /** The body of the callback: type 4 reply, 5 deferral, 9 modal. */
        DataObject callback() {
            return calls.stream()
                    .filter(call -> call.path().endsWith("/callback"))
                    .findFirst()
                    .orElseThrow()
                    .body();
        }
    }

    /** A message body's content, embed titles, descriptions and fields, and button labels. */
    static String text(DataObject message) {
        StringBuilder text = new StringBuilder(message.getString("content", ""));
        DataArray embeds = message.optArray("embeds").orElseGet(DataArray::empty);
        for (int i = 0; i < embeds.length(); i++) {
            DataObject embed = embeds.getObject(i);
            text.append('\n')
                    .append(embed.getString("title", ""))
                    .append('\n')
                    .append(embed.getString("description", ""));
            DataArray fields = embed.optArray("fields").orElseGet(DataArray::empty);
            for (int f = 0; f < fields.length(); f++) {
                text.append('\n')
                        .append(fields.getObject(f).getString("name", ""))
                        .append(": ")
                        .append(fields.getObject(f).getString("value", ""));
            }
        }
        return text.toString();
    }

    /** The buttons of a message as label → custom id. */
    static Map<String, String> buttons(DataObject message) {
        Map<String, String> buttons = new java.util.LinkedHashMap<>();
        DataArray rows = message.optArray("components").orElseGet(DataArray::empty);
        for (int r = 0; r < rows.length(); r++) {
            DataArray row = rows.getObject(r).optArray("components").orElseGet(DataArray::empty);
            for (int b = 0; b < row.length(); b++) {
                DataObject button = row.getObject(b);
                if (button.getInt("type") == 2) {
                    buttons.put(button.getString("label", ""), button.getString("custom_id", ""));
                }
            }
        }
        return buttons;
    }

    /** Starts internship #1 (the intern, the moderator as mentor, on a new task) and returns its workspace channel's id. */
    protected String givenAWorkspace() {
        slash(MODERATOR, "task", "add", Map.of("title", "Landing page", "description", "Build the landing page"));
        slash(MODERATOR, "internship", "start", Map.of("intern", INTERN, "mentor", MODERATOR, "task", "1"));
        return discord.channels.values().stream()
                .filter(c -> c.getString("name", "").startsWith("atelier-1"))
                .findFirst()
                .orElseThrow()
                .getString("id");
    }

    /** Permission overwrites as "role|member id" → "allow x deny y". */
    static Map<String, String> overwrites(DataArray all) {
        Map<String, String> overwrites = new LinkedHashMap<>();
        for (int i = 0; i < all.length(); i++) {
            DataObject overwrite = all.getObject(i);
            overwrites.put(
                    (overwrite.getInt("type") == 0 ? "role " : "member ") + overwrite.getString("id"),
                    "allow " + overwrite.getString("allow") + " deny " + overwrite.getString("deny"));
        }
        return overwrites;
    }

    /** The workspace channel the bot created (the latest). */
    protected String workspace() {
        List<RestCall> created = discord.calls("POST", "/guilds/" + DiscordStandIn.GUILD_ID + "/channels");
        assertThat(created).isNotEmpty();
        String name = created.get(created.size() - 1).body().getString("name");
        return discord.channels.values().stream()
                .filter(channel -> name.equals(channel.getString("name", null)))
                .map(channel -> channel.getString("id"))
                .reduce((first, second) -> second)
                .orElseThrow();
    }

    /** Waits for, then returns, the latest message in a channel whose text or buttons contain {@code what}. */
    protected DataObject message(String channelId, String what) {
        AtomicReference<DataObject> found = new AtomicReference<>();
        await().atMost(PATIENCE).untilAsserted(() -> {
            List<DataObject> matching = discord.messagesIn(channelId).stream()
                    .filter(m -> text(m).contains(what) || buttons(m).containsKey(what))
                    .toList();
            assertThat(matching).as("messages with %s in %s", what, channelId).isNotEmpty();
            found.set(matching.get(matching.size() - 1));
        });
        return found.get();
    }

    /** The REST call that posted (or last edited) a message the stand-in holds. */
    protected RestCall request(DataObject message) {
        String id = message.getString("id");
        String token = message.getString("interaction_token", null);
        return discord.calls.stream()
                .filter(call -> call.path().endsWith("/messages/" + id)
                        || (token != null
                                && call.path().contains(token)
                                && !call.path().endsWith("/callback"))
                        || (call.is("POST", "/channels/" + message.getString("channel_id") + "/messages")
                                && text(call.body()).equals(text(message))))
                .reduce((first, second) -> second)
                .orElseThrow();
    }

    /** Every message-bearing call so far allows no mass or role pings, and pings only the members it names. */
    protected void assertOnlyIntendedPings() {
        List<RestCall> messages = discord.calls.stream()
                .filter(call -> call.body().hasKey("allowed_mentions"))
                .toList();
        assertThat(messages).isNotEmpty().allSatisfy(call -> {
            DataObject allowed = call.body().getObject("allowed_mentions");
            assertThat(allowed.getArray("parse").toList())
                    .as("parse of %s", call)
                    .isEmpty();
            assertThat(allowed.optArray("roles").map(DataArray::toList).orElse(List.of()))
                    .isEmpty();
        });
    }

    /** The user ids a message may ping. */
    static List<Object> pinged(RestCall call) {
        return call.body()
                .getObject("allowed_mentions")
                .optArray("users")
                .map(DataArray::toList)
                .orElse(List.of());
    }

    static void assertNoWarning(Answer answer) {
        assertThat(answer.text()).doesNotContain("⚠️", "❌");
    }
}
