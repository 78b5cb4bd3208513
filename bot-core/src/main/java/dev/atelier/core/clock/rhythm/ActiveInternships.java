package dev.atelier.core.clock.rhythm;

import dev.atelier.core.community.CommunityRef;
import dev.atelier.core.internship.Internship;
import java.util.function.BiConsumer;

/**
 * Port: every active internship of every community, read one at a time, for the clock's sweep
 * (reminders, stall detection); nothing a member asks for goes through it.
 */
public interface ActiveInternships {

    void forEach(BiConsumer<CommunityRef, Internship> visit);
}
