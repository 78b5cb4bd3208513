package dev.atelier.core.internship;

import static dev.atelier.core.internship.InternshipFixture.INTERN;
import static dev.atelier.core.internship.InternshipFixture.MENTOR;
import static dev.atelier.core.internship.InternshipFixture.MODERATOR;
import static dev.atelier.core.internship.InternshipFixture.NOW;
import static dev.atelier.core.internship.InternshipFixture.lastLine;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class HoursLogTest {

    final Internship internship = InternshipFixture.activeWithOneMilestone();

    @Test
    void aModeratorLogsNothingAndTheRefusalDrawsNoNumber() {
        AtomicLong drawn = new AtomicLong();

        assertThatThrownBy(() -> internship.hoursLog().log(MODERATOR, drawn::incrementAndGet, 60, null, NOW))
                .hasMessageContaining("Only the intern and the mentor log hours");
        HoursEntry entry = internship.hoursLog().log(INTERN, drawn::incrementAndGet, 90, "layout", NOW);

        assertThat(entry.number()).isEqualTo(1);
        assertThat(lastLine(internship)).isEqualTo("logged 1.5 h (entry 1)");
    }

    @Test
    void aCorrectionReturnsTheEntryAsItIsNowAndARemovalAsItWas() {
        internship.hoursLog().log(MENTOR, 1, 30, "review", NOW);

        HoursEntry corrected = internship.hoursLog().correct(MENTOR, 1, 45, null, NOW);
        HoursEntry removed = internship.hoursLog().correct(MODERATOR, 1, 0, null, NOW);

        assertThat(corrected.minutes()).isEqualTo(45);
        assertThat(corrected.note()).isEqualTo("review");
        assertThat(removed.minutes()).isEqualTo(45);
        assertThat(internship.hours()).isEmpty();
        assertThat(lastLine(internship)).isEqualTo("removed hours entry 1 (0.75 h)");
    }
}
