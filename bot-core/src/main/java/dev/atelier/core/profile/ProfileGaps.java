package dev.atelier.core.profile;

import dev.atelier.core.message.Button;
import dev.atelier.core.message.ButtonStyle;
import dev.atelier.core.message.Message;
import dev.atelier.core.message.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the matching reads of a member's profile that they have not filled in yet, for the part they
 * take: an intern's skills, learning goals, time zone and working hours; a mentor's expertise, time zone
 * and working hours. Nothing missing: no reminder to fill the profile in.
 */
public final class ProfileGaps {

    private final ProfileStore profiles;

    public ProfileGaps(ProfileStore profiles) {
        this.profiles = profiles;
    }

    /** The missing parts, named as the profile shows them (empty when the profile has them all). */
    public List<String> of(String communityId, String memberId, boolean mentor) {
        return missing(profiles.find(communityId, memberId), mentor);
    }

    /**
     * {@code message} with, when something is missing, a sentence naming it ("Add your time zone and working
     * hours to your profile so the matching can find you a good mentor.") and the Edit my profile button;
     * {@code message} as it is when nothing is.
     */
    public Message remind(Message message, String communityId, String memberId, boolean mentor) {
        List<String> missing = of(communityId, memberId, mentor);
        if (missing.isEmpty()) {
            return message;
        }
        Text nudge = Text.builder()
                .text(message.body())
                .plain(" Add your " + listed(missing) + " to your profile so the matching can find you a good "
                        + (mentor ? "intern" : "mentor") + ".")
                .build();
        List<Button> buttons = new ArrayList<>(message.buttons());
        buttons.add(Button.of("Edit my profile", ButtonStyle.SECONDARY, "profile edit"));
        return message.withBody(nudge).withButtons(buttons);
    }

    /** {@code a}, {@code a and b}, {@code a, b and c}. */
    private static String listed(List<String> items) {
        if (items.size() == 1) {
            return items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }

    static List<String> missing(Optional<Profile> found, boolean mentor) {
        List<String> missing = new ArrayList<>();
        Profile p = found.orElse(null);
        if (mentor) {
            if (p == null || p.expertise().isEmpty()) {
                missing.add("expertise");
            }
        } else {
            if (p == null || p.skills().isEmpty()) {
                missing.add("skills");
            }
            if (p == null || p.learning().isEmpty()) {
                missing.add("learning goals");
            }
        }
        if (p == null || p.timezone() == null) {
            missing.add("time zone");
        }
        if (p == null || p.fromHour() == null) {
            missing.add("working hours");
        }
        return missing;
    }
}
