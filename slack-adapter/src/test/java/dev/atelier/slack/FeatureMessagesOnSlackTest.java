package dev.atelier.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.slack.api.util.json.GsonFactory;
import dev.atelier.core.testing.FeatureSamples;
import dev.atelier.core.testing.FeatureSamples.Sample;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * One message of each feature, from one tour of the catalog, as the Block Kit JSON posted to Slack's
 * Web API: the header, the sections and their field labels, the buttons' action ids, and the
 * {@code <@id>} mentions Slack notifies — checked against the structure the core built, the same
 * samples Discord is checked against.
 */
class FeatureMessagesOnSlackTest {

    private static final Pattern MENTION = Pattern.compile("<@([A-Za-z0-9]+)>");

    private static Map<String, Sample> samples;

    @BeforeAll
    static void runTheTour() {
        samples = FeatureSamples.fromTour();
    }

    @Test
    void eachFeatureMentionsExactlyWhoMustActAndNobodyElse() {
        samples.values().forEach(s -> {
            Set<String> mentioned = mentioned(blocks(s).toString());
            assertThat(mentioned).as(s.feature()).isEqualTo(s.message().mentionedMembers());
            if (!s.message().ephemeral()) {
                assertThat(mentioned).as(s.feature()).isEqualTo(s.pinged());
            }
            assertThat(blocks(s).toString()).as(s.feature()).doesNotContainPattern("<!(here|channel|everyone|subteam)");
        });
    }

    @Test
    void eachFeatureShowsItsTitleFieldsAndButtonsAsBlocks() {
        samples.values().forEach(s -> {
            JsonArray blocks = blocks(s);
            if (s.message().title() != null) {
                assertThat(type(blocks.get(0))).as(s.feature()).isEqualTo("header");
                assertThat(blocks.get(0)
                                .getAsJsonObject()
                                .getAsJsonObject("text")
                                .get("text")
                                .getAsString())
                        .as(s.feature())
                        .isEqualTo(s.message().title());
            }
            String fields = fieldTexts(blocks);
            int at = 0;
            for (String name : s.fieldNames()) {
                int found = fields.indexOf("*" + name, at);
                assertThat(found).as(s.feature() + " field " + name).isGreaterThanOrEqualTo(0);
                at = found;
            }
            assertThat(actionIds(blocks))
                    .as(s.feature())
                    .containsExactlyElementsOf(s.message().buttons().stream()
                            .map(b -> b.label() + "=" + b.actionId())
                            .toList());
            assertThat(FeatureSamples.buttonLabels(s.message())).as(s.feature()).containsSubsequence(s.buttons());
        });
    }

    @Test
    void commandsAreWrittenAsAtelierSlashCommandsAndNoDiscordSyntaxShows() {
        samples.values().forEach(s -> {
            String shown = blocks(s) + "\n" + BlockKit.fallback(s.message());
            assertThat(shown)
                    .as(s.feature())
                    .doesNotContain("**")
                    .doesNotContainPattern("\\[[^\\]]*\\]\\(https?://")
                    .doesNotContain("intern:<intern>");
            for (String path : FeatureSamples.hints(s.message())) {
                assertThat(shown).as(s.feature()).contains("`/atelier " + path);
            }
            if (s.hint() != null) {
                assertThat(FeatureSamples.hints(s.message())).as(s.feature()).contains(s.hint());
            }
        });
        assertThat(blocks(samples.get("cohort")).toString())
                .contains("`/atelier internship start &lt;intern&gt; &lt;mentor&gt; &lt;task&gt; spring`");
    }

    @Test
    void theHoursReplyOffersFixAndRemoveAsButtonsThatAskOnlyWhatTheyNeed() {
        JsonArray blocks = blocks(samples.get("hours"));

        assertThat(fieldTexts(blocks)).contains("*Entry*").contains("*Your total there*");
        assertThat(actionIds(blocks))
                .hasSize(2)
                .anySatisfy(b -> assertThat(b).startsWith("Fix=a|hours,note|hours fix "))
                .anySatisfy(b -> assertThat(b).startsWith("Remove=a||hours remove "));
    }

    private static JsonArray blocks(Sample s) {
        return JsonParser.parseString(GsonFactory.createSnakeCase().toJson(BlockKit.blocks(s.message())))
                .getAsJsonArray();
    }

    private static String type(JsonElement block) {
        return block.getAsJsonObject().get("type").getAsString();
    }

    private static String fieldTexts(JsonArray blocks) {
        StringBuilder out = new StringBuilder();
        for (JsonElement block : blocks) {
            JsonObject o = block.getAsJsonObject();
            if (o.has("fields")) {
                o.getAsJsonArray("fields")
                        .forEach(f -> out.append(f.getAsJsonObject().get("text").getAsString())
                                .append('\n'));
            }
            if (o.has("text") && "section".equals(type(block))) {
                out.append(o.getAsJsonObject("text").get("text").getAsString()).append('\n');
            }
        }
        return out.toString();
    }

    private static List<String> actionIds(JsonArray blocks) {
        List<String> out = new ArrayList<>();
        for (JsonElement block : blocks) {
            if ("actions".equals(type(block))) {
                for (JsonElement e : block.getAsJsonObject().getAsJsonArray("elements")) {
                    JsonObject element = e.getAsJsonObject();
                    if ("button".equals(element.get("type").getAsString())) {
                        out.add(element.getAsJsonObject("text").get("text").getAsString() + "="
                                + element.get("action_id").getAsString());
                    }
                }
            }
        }
        return out;
    }

    private static Set<String> mentioned(String json) {
        Set<String> out = new LinkedHashSet<>();
        Matcher m = MENTION.matcher(json);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }
}
