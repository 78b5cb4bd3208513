package dev.atelier.slack;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A small cache whose entries expire after a fixed time and which never holds more than a fixed
 * number of entries (the least recently used goes first), so a flood of distinct keys cannot grow it.
 */
final class ExpiringCache<K, V> {

    private record Entry<V>(V value, Instant until) {}

    private final Clock clock;
    private final Duration ttl;
    private final Map<K, Entry<V>> entries;

    ExpiringCache(Clock clock, Duration ttl, int maxEntries) {
        this.clock = clock;
        this.ttl = ttl;
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, Entry<V>> eldest) {
                return size() > maxEntries;
            }
        };
    }

    synchronized Optional<V> get(K key) {
        Entry<V> entry = entries.get(key);
        if (entry == null) {
            return Optional.empty();
        }
        if (!entry.until().isAfter(clock.instant())) {
            entries.remove(key);
            return Optional.empty();
        }
        return Optional.of(entry.value());
    }

    synchronized void put(K key, V value) {
        entries.put(key, new Entry<>(value, clock.instant().plus(ttl)));
    }

    synchronized int size() {
        return entries.size();
    }
}
