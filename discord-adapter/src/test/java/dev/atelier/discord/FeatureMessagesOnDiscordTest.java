package dev.atelier.discord;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.core.message.Button;
import dev.atelier.core.testing.FeatureSamples;
import dev.atelier.core.testing.FeatureSamples.Sample;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.dv8tion.jda.api.utils.data.DataArray;
import net.dv8tion.jda.api.utils.data.DataObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * One message of each feature, from one tour of the catalog, as the JSON payload JDA sends to Discord:
 * the embed's title, description and fields, the buttons' labels and custom ids, and the allowed
 * mentions — checked against the structure the core built, the same samples Slack is checked against.
 */
class FeatureMessagesOnDiscordTest {

    private static Map<String, Sample> samples;

    @BeforeAll
    static void runTheTour() {
        samples = FeatureSamples.fromTour();
    }

    @Test
    void everyFeatureIsCovered() {
        assertThat(samples.keySet())
                .containsExactly(
                        "review",
                        "milestone",
                        "question",
                        "check-in",
                        "hours",
                        "internship start",
                        "internship end",
                        "pairing",
                        "cohort",
                        "help",
                        "home");
    }

    @Test
    void eachFeaturePingsExactlyWhoMustActAndNobodyElse() {
        samples.values().forEach(s -> {
            DataObject payload = payload(s);
            assertThat(allowedUsers(payload))
                    .as(s.feature())
                    .isEqualTo(s.message().mentionedMembers());
            if (s.message().ephemeral()) {
                return; // a reply only the actor sees notifies nobody
            }
            assertThat(allowedUsers(payload)).as(s.feature()).isEqualTo(s.pinged());
            assertThat(payload.getObject("allowed_mentions").getArray("parse").length())
                    .as(s.feature() + ": no @everyone, @here or role pings")
                    .isZero();
            s.pinged()
                    .forEach(id -> assertThat(payload.getString("content", ""))
                            .as(s.feature())
                            .contains("<@" + id + ">"));
        });
    }

    @Test
    void eachFeatureShowsItsTitleFieldsAndButtonsAsAnEmbedWithComponents() {
        samples.values().forEach(s -> {
            DataObject payload = payload(s);
            List<String> fieldNames = fieldNames(payload);
            assertThat(fieldNames).as(s.feature()).hasSize(s.message().fields().size());
            for (int i = 0; i < s.fieldNames().size(); i++) {
                assertThat(fieldNames.get(i))
                        .as(s.feature())
                        .contains(s.fieldNames().get(i));
            }
            if (s.message().title() != null) {
                assertThat(embed(payload).getString("title"))
                        .as(s.feature())
                        .isEqualTo(DiscordMarkdown.escape(s.message().title()));
            }
            assertThat(buttons(payload))
                    .as(s.feature())
                    .containsExactlyElementsOf(s.message().buttons().stream()
                            .map(b -> b.label() + "=" + b.actionId())
                            .toList());
            assertThat(FeatureSamples.buttonLabels(s.message())).as(s.feature()).containsSubsequence(s.buttons());
        });
    }

    @Test
    void commandsAreWrittenAsDiscordSlashCommandsAndNoSlackSyntaxShows() {
        samples.values().forEach(s -> {
            String shown = shown(payload(s));
            assertThat(shown)
                    .as(s.feature())
                    .doesNotContain("/atelier ")
                    .doesNotContainPattern("<https?://[^>\\s]*\\|")
                    .doesNotContainPattern("(?<![*\\\\])\\*(?!\\*)[^*\\n]+(?<![*\\\\])\\*(?!\\*)");
            for (String path : FeatureSamples.hints(s.message())) {
                assertThat(shown).as(s.feature()).contains("`/" + path);
            }
            if (s.hint() != null) {
                assertThat(FeatureSamples.hints(s.message())).as(s.feature()).contains(s.hint());
            }
        });
        assertThat(shown(payload(samples.get("cohort"))))
                .contains("`/internship start intern:<intern> mentor:<mentor> task:<task> cohort:spring`");
    }

    @Test
    void theHoursReplyOffersFixAndRemoveAsButtonsThatAskOnlyWhatTheyNeed() {
        Sample hours = samples.get("hours");
        DataObject payload = payload(hours);

        assertThat(payload.getArray("embeds").isEmpty() ? List.of() : fieldNames(payload))
                .containsExactly("Entry", "Your total there");
        assertThat(buttons(payload))
                .hasSize(2)
                .anySatisfy(b -> assertThat(b).startsWith("Fix=a|hours,note|hours fix "))
                .anySatisfy(b -> assertThat(b).startsWith("Remove=a||hours remove "));
        assertThat(hours.message().buttons()).extracting(Button::label).containsExactly("Fix", "Remove");
    }

    private static DataObject payload(Sample s) {
        return MessageRenderer.render(s.message()).toData();
    }

    private static DataObject embed(DataObject payload) {
        return payload.getArray("embeds").getObject(0);
    }

    private static List<String> fieldNames(DataObject payload) {
        List<String> out = new ArrayList<>();
        if (!payload.hasKey("embeds") || payload.getArray("embeds").isEmpty()) {
            return out;
        }
        DataArray fields = embed(payload).optArray("fields").orElse(DataArray.empty());
        for (int i = 0; i < fields.length(); i++) {
            out.add(fields.getObject(i).getString("name"));
        }
        return out;
    }

    private static List<String> buttons(DataObject payload) {
        List<String> out = new ArrayList<>();
        DataArray rows = payload.optArray("components").orElse(DataArray.empty());
        for (int r = 0; r < rows.length(); r++) {
            DataArray inRow = rows.getObject(r).optArray("components").orElse(DataArray.empty());
            for (int b = 0; b < inRow.length(); b++) {
                DataObject button = inRow.getObject(b);
                out.add(button.getString("label", "") + "=" + button.getString("custom_id", ""));
            }
        }
        return out;
    }

    private static Set<String> allowedUsers(DataObject payload) {
        Set<String> out = new LinkedHashSet<>();
        DataArray users =
                payload.getObject("allowed_mentions").optArray("users").orElse(DataArray.empty());
        for (int i = 0; i < users.length(); i++) {
            out.add(users.getString(i));
        }
        return out;
    }

    private static String shown(DataObject payload) {
        StringBuilder out = new StringBuilder(payload.getString("content", ""));
        if (payload.hasKey("embeds") && !payload.getArray("embeds").isEmpty()) {
            DataObject embed = embed(payload);
            out.append('\n')
                    .append(embed.getString("title", ""))
                    .append('\n')
                    .append(embed.getString("description", ""));
            DataArray fields = embed.optArray("fields").orElse(DataArray.empty());
            for (int i = 0; i < fields.length(); i++) {
                out.append('\n').append(fields.getObject(i).getString("value", ""));
            }
        }
        return out.toString();
    }
}
