package dev.atelier.core.profile;

import dev.atelier.core.message.Message;
import dev.atelier.core.message.Outcome;
import dev.atelier.core.message.Text;
import dev.atelier.core.shared.Requester;

/** A member changes their own profile, by options or through the forms the edit buttons open. */
public final class EditProfile {

    private final ProfileStore profiles;
    private final ZoneChanged zoneChanged;

    public EditProfile(ProfileStore profiles) {
        this(profiles, ZoneChanged.IGNORE);
    }

    public EditProfile(ProfileStore profiles, ZoneChanged zoneChanged) {
        this.profiles = profiles;
        this.zoneChanged = zoneChanged;
    }

    public record Command(Requester requester, Profile.Changes changes) {}

    public Outcome execute(Command c) {
        Requester r = c.requester();
        Profile current =
                profiles.find(r.communityId(), r.memberId()).orElse(Profile.empty(r.communityId(), r.member()));
        Profile saved = profiles.save(current.change(c.changes()));
        if (!java.util.Objects.equals(current.timezone(), saved.timezone())) {
            zoneChanged.changed(r);
        }
        return Outcome.reply(ProfileView.of(saved, true, Text.of("✅ Profile saved.")));
    }

    /** The forms to fill in: one button per part of the profile. */
    public Outcome forms(Requester r) {
        return Outcome.reply(Message.privateReply(Text.builder()
                        .plain("✏️ Pick what to edit; each button opens a short form. Skills go like ")
                        .code("java:4, sql:2")
                        .plain(" (levels 1–5), lists are comma separated, hours like ")
                        .code("9-17")
                        .plain(".")
                        .build())
                .withButtons(ProfileView.buttons()));
    }
}
