package dev.atelier.core.archfixture.newfeature;

import dev.atelier.core.assembly.AtelierCore;

/** Breaks the composition-root rule: feature code reaching into the assembly. */
public final class FeatureRegisteringThroughAssembly {

    public Object credentialSettings() {
        return AtelierCore.Settings.ephemeral();
    }
}
