package dev.atelier.core.internship;

import dev.atelier.core.community.CommunityRef;

/** Port: told when an internship starts, so other features (check-ins) can begin their part. */
public interface InternshipStarted {

    void started(CommunityRef community, Internship internship);
}
