package dev.atelier.app.rights.archfixture;

import dev.atelier.core.assembly.AtelierCore;

/** Breaks the composition-root rule: application code outside the core wiring taking the assembled core. */
public final class ConfigurationReachingIntoAssembly {

    public Object rights(AtelierCore.Services core) {
        return core.rights();
    }
}
