package dev.atelier.core.payout;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class PayViewTest {

    static final Instant FIXED = Instant.parse("2026-11-23T10:00:00Z");

    @Test
    void waitingTimeReadsInWords() {
        assertThat(PayView.days(FIXED, FIXED.plusSeconds(3_600))).isEqualTo("less than a day");
        assertThat(PayView.days(FIXED, FIXED.plusSeconds(86_400))).isEqualTo("1 day");
        assertThat(PayView.days(FIXED, FIXED.plusSeconds(3 * 86_400))).isEqualTo("3 days");
    }
}
