package dev.atelier.core.profile;

import dev.atelier.core.shared.Requester;

/** Told when a member changes their time zone, so what is scheduled in their zone can follow. */
public interface ZoneChanged {

    ZoneChanged IGNORE = member -> {};

    void changed(Requester member);
}
