package dev.atelier.core.internship;

import dev.atelier.core.message.Text;
import dev.atelier.core.shared.Rejected;
import java.time.Instant;
import java.util.List;

/** The mentor's final review: a quality score from 1 to 10, the skills shown, strengths and an endorsement. */
public record FinalReview(int score, List<String> skills, String strengths, String endorsement, String by, Instant at) {

    public FinalReview {
        if (score < 1 || score > 10) {
            throw new Rejected("The quality score is a whole number from 1 to 10, not " + score + ".");
        }
        skills = List.copyOf(skills);
        if (skills.isEmpty()) {
            throw new Rejected(Text.builder()
                    .plain("Name at least one skill the intern demonstrated, such as ")
                    .code("java, testing")
                    .plain(".")
                    .build());
        }
        if (endorsement == null || endorsement.isBlank()) {
            throw new Rejected("Write an endorsement: a few sentences a future client or employer will read.");
        }
    }
}
