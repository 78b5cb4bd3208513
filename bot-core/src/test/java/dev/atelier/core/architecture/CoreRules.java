package dev.atelier.core.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.lang.ArchRule;

/**
 * The core's boundaries. The domain is inverted: every package of the core is domain unless it is the
 * storage ({@code store}) or the composition root ({@code assembly}), so a new feature package is
 * covered the day it appears, with no list to keep.
 */
final class CoreRules {

    static final String CORE = "dev.atelier.core..";
    static final String STORE = "dev.atelier.core.store..";
    static final String ASSEMBLY = "dev.atelier.core.assembly..";

    private CoreRules() {}

    static final ArchRule DOMAIN_KNOWS_NO_FRAMEWORK = noClasses()
            .that()
            .resideInAPackage(CORE)
            .and()
            .resideOutsideOfPackages(STORE, ASSEMBLY)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "org.springframework..",
                    "com.mongodb..",
                    "org.bson..",
                    "de.bwaldvogel..",
                    "net.dv8tion..",
                    "com.slack..")
            .because("feature code imports neither Spring, MongoDB, JDA nor Bolt; storage and wiring do");

    static final ArchRule DOMAIN_DOES_NOT_REACH_INTO_STORAGE = noClasses()
            .that()
            .resideInAPackage(CORE)
            .and()
            .resideOutsideOfPackages(STORE, ASSEMBLY)
            .should()
            .dependOnClassesThat()
            .resideInAPackage(STORE)
            .because("features talk to storage through their ports; the store implements them");

    static final ArchRule FEATURES_ARE_FREE_OF_CYCLES =
            slices().matching("dev.atelier.core.(*)..").should().beFreeOfCycles();

    static final ArchRule ONLY_THE_COMPOSITION_ROOT_TOUCHES_ASSEMBLY = noClasses()
            .that()
            .resideOutsideOfPackage(ASSEMBLY)
            .should()
            .dependOnClassesThat()
            .resideInAPackage(ASSEMBLY)
            .because("features are listed in the composition root; none registers itself elsewhere");
}
