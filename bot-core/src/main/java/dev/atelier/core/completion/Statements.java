package dev.atelier.core.completion;

import dev.atelier.core.internship.FinalReview;
import dev.atelier.core.internship.Internship;
import dev.atelier.core.message.Field;
import dev.atelier.core.message.Text;
import dev.atelier.core.pay.Hours;
import dev.atelier.core.pay.PayStatement;
import java.util.ArrayList;
import java.util.List;

/** How a completed internship's review, hours and pay look in messages. */
final class Statements {

    private Statements() {}

    static List<Field> fields(Internship i, String credentialLink) {
        List<Field> fields = new ArrayList<>();
        FinalReview review = i.completion().review();
        if (review != null) {
            fields.add(Field.of("Score", Text.of(review.score() + "/10")));
            fields.add(Field.of("Skills", Text.user(String.join(", ", review.skills()))));
            if (review.strengths() != null) {
                fields.add(Field.wide("Strengths", Text.user(review.strengths())));
            }
            fields.add(Field.wide("Endorsement", Text.user(review.endorsement())));
        }
        fields.add(Field.of(
                "Hours",
                Text.of("intern " + Hours.format(i.minutesOf(i.data().intern().id())) + " · mentor "
                        + Hours.format(i.minutesOf(i.data().mentor().id())))));
        fields.add(pay(i.completion().statement()));
        if (credentialLink != null) {
            fields.add(Field.wide("Credential", credential(credentialLink)));
        }
        return fields;
    }

    /** The pay statement as a field: a list of the shares under its label, or that the task had no budget. */
    static Field pay(PayStatement statement) {
        if (statement == null) {
            return Field.wide("Pay", Text.of("The task has no budget."));
        }
        return Field.wide(
                "Pay statement (" + statement.rule() + ")",
                Text.list(statement.shares().stream()
                        .map(s -> Text.builder()
                                .plain(s.role() + " ")
                                .quiet(s.memberId(), s.memberName())
                                .plain(": " + statement.amount(s) + " (" + Hours.format(s.minutes()) + ")")
                                .build())
                        .toList()));
    }

    /** A credential's page as a labelled link. */
    static Text credential(String link) {
        return Text.builder().link(link, link).build();
    }
}
