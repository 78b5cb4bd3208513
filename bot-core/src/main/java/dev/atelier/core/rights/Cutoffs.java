package dev.atelier.core.rights;

import java.time.Instant;
import java.util.Map;

/**
 * Each community's retention cutoff for one pass: what is older goes. {@code byDefault} for every community
 * that kept the default; {@code own} for those that set their own number of days.
 */
public record Cutoffs(Instant byDefault, Map<String, Instant> own) {

    public Cutoffs {
        own = Map.copyOf(own);
    }

    public Instant of(String communityId) {
        return own.getOrDefault(communityId, byDefault);
    }
}
