package dev.atelier.app.clock;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;

/**
 * Reads settings that were renamed: the new name wins; a value still set under the old name is used,
 * with a deprecation warning logged once per old name.
 */
public final class RenamedSettings {

    private static final Logger LOG = LoggerFactory.getLogger(RenamedSettings.class);

    private final Environment environment;
    private final Set<String> warned = ConcurrentHashMap.newKeySet();

    public RenamedSettings(Environment environment) {
        this.environment = environment;
    }

    /** The value under {@code name}, else under {@code oldName} (warned about once), else the fallback. */
    public <T> T read(String name, String oldName, Class<T> type, T fallback) {
        T value = environment.getProperty(name, type);
        if (value != null) {
            return value;
        }
        T old = environment.getProperty(oldName, type);
        if (old == null) {
            return fallback;
        }
        if (warned.add(oldName)) {
            LOG.warn("Setting {} is deprecated: rename it to {} (read it this time)", oldName, name);
        }
        return old;
    }
}
