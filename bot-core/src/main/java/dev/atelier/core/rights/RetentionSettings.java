package dev.atelier.core.rights;

import java.util.Map;
import java.util.OptionalInt;

/** Port: how many days a community keeps what ages out (see {@link RetentionRound}). */
public interface RetentionSettings {

    OptionalInt days(String communityId);

    void setDays(String communityId, int days);

    /** The days of every community that set its own (the others keep the default). */
    Map<String, Integer> own();
}
