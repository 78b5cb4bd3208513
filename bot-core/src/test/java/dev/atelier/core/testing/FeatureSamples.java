package dev.atelier.core.testing;

import dev.atelier.core.message.Button;
import dev.atelier.core.message.Field;
import dev.atelier.core.message.Message;
import dev.atelier.core.message.Span;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One message of each feature from a {@link CatalogTour}, with what its structure must be on every
 * platform: whom it pings (the person who must act), its fields, its buttons and the command it hints
 * at. Adapter tests render each sample and check the payload against it, so the same result is shown
 * the same way on Discord and Slack.
 */
public final class FeatureSamples {

    /**
     * A feature's message and its expected structure: {@code pinged} exactly (for a post others see; a
     * private reply notifies nobody), fields whose names contain
     * {@code fieldNames} in order, at least the buttons {@code buttons} in order, and a command hint for
     * {@code hint} (null: none expected).
     */
    public record Sample(
            String feature,
            Message message,
            Set<String> pinged,
            List<String> fieldNames,
            List<String> buttons,
            String hint) {}

    private FeatureSamples() {}

    /** The samples, by feature, from one run of the tour. */
    public static Map<String, Sample> fromTour() {
        List<CatalogTour.Step> steps = CatalogTour.steps();
        Map<String, Sample> out = new LinkedHashMap<>();
        add(
                out,
                new Sample(
                        "review",
                        CatalogTour.find(steps, "bob", "review 1 changes").notice("Internship #1"),
                        Set.of("alice"),
                        List.of("Feedback"),
                        List.of("Resubmit", "Appeal"),
                        null));
        add(
                out,
                new Sample(
                        "milestone",
                        CatalogTour.find(steps, "alice", "milestone propose").notice("Internship #1"),
                        Set.of("bob"),
                        List.of(),
                        List.of("Confirm"),
                        null));
        // the question's card opens its thread in the workspace and pings the mentor there (no DM then)
        Message asked = CatalogTour.find(steps, "alice", "ask").threadPosts().get(0);
        add(out, new Sample("question", asked, Set.of("bob"), List.of(), List.of("Resolve", "Keep from peers"), null));
        add(
                out,
                new Sample(
                        "check-in",
                        CatalogTour.find(steps, "alice", "checkin answer").notice("📝 Check-in #1"),
                        Set.of("bob"),
                        List.of("Done", "Blocks", "Next", "Confidence"),
                        List.of(),
                        null));
        add(
                out,
                new Sample(
                        "hours",
                        CatalogTour.find(steps, "alice", "log 2").outcome().reply(),
                        Set.of(),
                        List.of("Entry", "Your total there"),
                        List.of("Fix", "Remove"),
                        null));
        add(
                out,
                new Sample(
                        "internship start",
                        CatalogTour.find(steps, "mod", "internship start")
                                .outcome()
                                .reply(),
                        Set.of("alice", "bob"),
                        List.of(),
                        List.of(),
                        null));
        add(
                out,
                new Sample(
                        "internship end",
                        CatalogTour.find(steps, "mod", "internship withdraw").notice("Internship #1"),
                        Set.of(),
                        List.of("Reason"),
                        List.of(),
                        null));
        add(
                out,
                new Sample(
                        "pairing",
                        CatalogTour.find(steps, "mod", "pair preview spring")
                                .outcome()
                                .reply(),
                        Set.of(),
                        List.of("Pairs ("), // nobody is left out: no empty "Left out" field
                        List.of("Confirm pairs"),
                        null));
        add(
                out,
                new Sample(
                        "cohort",
                        CatalogTour.find(steps, "mod", "cohort create spring")
                                .outcome()
                                .reply(),
                        Set.of(),
                        List.of("Next"),
                        List.of(),
                        "internship start"));
        add(
                out,
                new Sample(
                        "help",
                        CatalogTour.find(steps, "alice", "help").outcome().reply(),
                        Set.of(),
                        List.of(),
                        List.of(),
                        null));
        add(
                out,
                new Sample(
                        "home",
                        CatalogTour.find(steps, "alice", "home").outcome().reply(),
                        Set.of(),
                        List.of(),
                        List.of(),
                        null));
        return out;
    }

    private static void add(Map<String, Sample> out, Sample sample) {
        out.put(sample.feature(), sample);
    }

    /** The field names of a message, in order. */
    public static List<String> fieldNames(Message m) {
        return m.fields().stream().map(Field::name).toList();
    }

    /** The button labels of a message, in order. */
    public static List<String> buttonLabels(Message m) {
        return m.buttons().stream().map(Button::label).toList();
    }

    /** The command paths a message hints at, in its body and fields. */
    public static List<String> hints(Message m) {
        return java.util.stream.Stream.concat(
                        m.body().spans().stream(), m.fields().stream().flatMap(f -> f.value().spans().stream()))
                .filter(Span.Command.class::isInstance)
                .map(s -> ((Span.Command) s).hint().path())
                .toList();
    }
}
