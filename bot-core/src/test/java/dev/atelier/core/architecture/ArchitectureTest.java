package dev.atelier.core.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The core's boundaries, checked on its production classes (the rules and why: {@link CoreRules}). */
@AnalyzeClasses(packages = "dev.atelier.core", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule domainKnowsNoFramework = CoreRules.DOMAIN_KNOWS_NO_FRAMEWORK;

    @ArchTest
    static final ArchRule domainDoesNotReachIntoStorage = CoreRules.DOMAIN_DOES_NOT_REACH_INTO_STORAGE;

    @ArchTest
    static final ArchRule featuresAreFreeOfCycles = CoreRules.FEATURES_ARE_FREE_OF_CYCLES;

    @ArchTest
    static final ArchRule onlyTheCompositionRootTouchesAssembly = CoreRules.ONLY_THE_COMPOSITION_ROOT_TOUCHES_ASSEMBLY;
}
