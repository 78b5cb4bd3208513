package dev.atelier.core.internship;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimelineTest {

    static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    @Test
    void linesAreAddedAfterTheStoredOnesAndTheListHandedOutCannotChangeIt() {
        Timeline timeline = new Timeline(List.of(new TimelineEvent(NOW, "mod", "started the internship")));

        timeline.record(NOW.plusSeconds(60), "bob", "added M1 Design");
        List<TimelineEvent> events = timeline.events();

        assertThat(events).extracting(TimelineEvent::what).containsExactly("started the internship", "added M1 Design");
        assertThat(events.get(1).by()).isEqualTo("bob");
        assertThatThrownBy(() -> events.add(events.get(0))).isInstanceOf(UnsupportedOperationException.class);
        assertThat(timeline.events()).hasSize(2);
    }
}
