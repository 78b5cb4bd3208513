package dev.atelier.core.completion;

import dev.atelier.core.internship.FinalReview;
import dev.atelier.core.internship.Internship;
import dev.atelier.core.message.Field;
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
            fields.add(Field.of("Score", review.score() + "/10"));
            fields.add(Field.of("Skills", String.join(", ", review.skills())));
            if (review.strengths() != null) {
                fields.add(Field.wide("Strengths", review.strengths()));
            }
            fields.add(Field.wide("Endorsement", review.endorsement()));
        }
        fields.add(Field.of(
                "Hours",
                "intern " + Hours.format(i.minutesOf(i.data().intern().id())) + " · mentor "
                        + Hours.format(i.minutesOf(i.data().mentor().id()))));
        PayStatement statement = i.completion().statement();
        fields.add(Field.wide(
                statement == null ? "Pay" : "Pay statement (" + statement.rule() + ")",
                statement == null ? "The task has no budget." : String.join("\n", statement.lines())));
        if (credentialLink != null) {
            fields.add(Field.wide("Credential", credentialLink));
        }
        return fields;
    }
}
