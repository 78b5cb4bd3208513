package dev.atelier.core.payout;

import dev.atelier.core.internship.Internship;
import dev.atelier.core.message.Text;
import dev.atelier.core.pay.PayStatement;
import dev.atelier.core.pay.Share;
import dev.atelier.core.shared.Plural;
import java.time.Duration;
import java.time.Instant;

/** How a pay state reads: "pending since 2026-12-01 (3 days)", "paid on 2026-12-09, reference TR-88". */
final class PayView {

    private PayView() {}

    static Instant fixedAt(Internship i) {
        return i.completion().review() != null
                ? i.completion().review().at()
                : i.data().createdAt();
    }

    static String state(Internship i, Payout p, Instant now) {
        return switch (p.state()) {
            case PENDING ->
                "pending since " + day(fixedAt(i)) + " (" + days(fixedAt(i), now) + "), waiting for a "
                        + "moderator's approval";
            case APPROVED -> "approved on " + day(p.approvedAt()) + ", waiting for payment";
            case PAID -> "paid on " + day(p.paidAt()) + (p.reference() == null ? "" : ", reference " + p.reference());
        };
    }

    /** {@code intern @alice: 340.00 USD}, the member named without a ping. */
    static Text share(PayStatement s, Share share) {
        return Text.builder()
                .plain(share.role() + " ")
                .quiet(share.memberId(), share.memberName())
                .plain(": " + s.amount(share))
                .build();
    }

    /** {@code 3 days}, {@code 1 day}, or {@code less than a day}. */
    static String days(Instant from, Instant now) {
        long d = Duration.between(from, now).toDays();
        return d < 1 ? "less than a day" : Plural.of(d, "day");
    }

    private static String day(Instant at) {
        return at.toString().substring(0, 10);
    }
}
