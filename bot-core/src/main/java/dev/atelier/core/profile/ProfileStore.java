package dev.atelier.core.profile;

import java.util.List;
import java.util.Optional;

/** Port: the profiles of one community, one document per member. */
public interface ProfileStore {

    Optional<Profile> find(String communityId, String memberId);

    /** Saves the profile if nobody changed it since it was loaded; otherwise ConcurrentChange. */
    Profile save(Profile profile);

    /** The profiles of these members that exist. */
    List<Profile> findAll(String communityId, List<String> memberIds);
}
