package dev.atelier.app.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The boundaries of the guide, checked: bot-core knows no platform, the domain knows no framework. */
@AnalyzeClasses(packages = "dev.atelier", importOptions = ArchitectureTest.ProductionCodeOnly.class)
class ArchitectureTest {

    /** Leaves out test classes, also those that reach this module as bot-core's test jar. */
    static final class ProductionCodeOnly implements ImportOption {
        @Override
        public boolean includes(Location location) {
            return new DoNotIncludeTests().includes(location) && !location.contains("-tests.jar");
        }
    }

    /** The core's own storage and composition root; every other core package is domain, with no list to keep. */
    static final String[] CORE_INFRASTRUCTURE = {"dev.atelier.core.store..", "dev.atelier.core.assembly.."};

    @ArchTest
    static final ArchRule coreKnowsNoChatPlatform = noClasses()
            .that()
            .resideInAPackage("dev.atelier.core..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("net.dv8tion..", "com.slack..")
            .because("bot-core knows nothing of JDA or Bolt");

    @ArchTest
    static final ArchRule domainKnowsNoFramework = noClasses()
            .that()
            .resideInAPackage("dev.atelier.core..")
            .and()
            .resideOutsideOfPackages(CORE_INFRASTRUCTURE)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.springframework..", "com.mongodb..", "org.bson..", "de.bwaldvogel..")
            .because("the domain and use cases import neither Spring nor MongoDB");

    @ArchTest
    static final ArchRule onlySigningKnowsJose = noClasses()
            .that()
            .resideInAPackage("dev.atelier.core..")
            .and()
            .resideOutsideOfPackage("dev.atelier.core.signing..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("com.nimbusds..")
            .because("credentials are signed behind the CredentialSigner port");

    @ArchTest
    static final ArchRule onlyTheSolverKnowsTheGraphLibrary = noClasses()
            .that()
            .resideOutsideOfPackage("dev.atelier.core.solver..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.jgrapht..", "org.jheaps..", "com.google.ortools..")
            .because("the matching model stays pure; JGraphT and OR-Tools sit behind the AssignmentSolver port");

    @ArchTest
    static final ArchRule domainDoesNotReachIntoStorageOrAssembly = noClasses()
            .that()
            .resideInAPackage("dev.atelier.core..")
            .and()
            .resideOutsideOfPackages(CORE_INFRASTRUCTURE)
            .and()
            .resideOutsideOfPackage("dev.atelier.core.signing..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "dev.atelier.core.store..", "dev.atelier.core.assembly..", "dev.atelier.core.signing..");

    @ArchTest
    static final ArchRule onlyTheCompositionRootTouchesAssembly = noClasses()
            .that()
            .resideOutsideOfPackages("dev.atelier.core.assembly..", "dev.atelier.app.core..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("dev.atelier.core.assembly..")
            .because("the core is assembled in one place: AtelierCore with its feature list, and CoreConfiguration");

    @ArchTest
    static final ArchRule adaptersDoNotKnowEachOther = noClasses()
            .that()
            .resideInAPackage("dev.atelier.discord..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("dev.atelier.slack..", "dev.atelier.app..");

    @ArchTest
    static final ArchRule slackDoesNotKnowDiscord = noClasses()
            .that()
            .resideInAPackage("dev.atelier.slack..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("dev.atelier.discord..", "dev.atelier.app..");

    @ArchTest
    static final ArchRule adaptersOnlyUseTheBotFacadeAndPorts = noClasses()
            .that()
            .resideInAnyPackage("dev.atelier.discord..", "dev.atelier.slack..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "dev.atelier.core.store..",
                    "dev.atelier.core.internship..",
                    "dev.atelier.core.cohort..",
                    "dev.atelier.core.task..",
                    "dev.atelier.core.assembly..")
            .because("adapters only translate; the use cases decide");

    @ArchTest
    static final ArchRule storageDocumentsStayInTheStore = classes()
            .that()
            .areAnnotatedWith(org.springframework.data.mongodb.core.mapping.Document.class)
            .should()
            .resideInAPackage("dev.atelier.core.store..");

    @ArchTest
    static final ArchRule storageDocumentsAreNotPublic = classes()
            .that()
            .areAnnotatedWith(org.springframework.data.mongodb.core.mapping.Document.class)
            .should()
            .notBePublic();

    @ArchTest
    static final ArchRule dashboardReadsThroughPorts = noClasses()
            .that()
            .resideInAPackage("dev.atelier.app.dashboard..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("dev.atelier.core.store..", "org.springframework.data..")
            .because("the web dashboard reads the core's community-scoped ports, never MongoDB directly");

    @ArchTest
    static final ArchRule dashboardReadsOnlyThroughTheCoreReadModel = noClasses()
            .that()
            .resideInAPackage("dev.atelier.app.dashboard..")
            .should()
            .dependOnClassesThat(CorePorts.STORE_PORTS)
            .because("the dashboard reads through DashboardReads (and cohort health), never a store port");
}
