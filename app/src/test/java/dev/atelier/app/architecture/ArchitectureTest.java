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

    static final String[] DOMAIN = {
        "dev.atelier.core.community..",
        "dev.atelier.core.cohort..",
        "dev.atelier.core.task..",
        "dev.atelier.core.internship..",
        "dev.atelier.core.milestone..",
        "dev.atelier.core.review..",
        "dev.atelier.core.help..",
        "dev.atelier.core.shared..",
        "dev.atelier.core.message..",
        "dev.atelier.core.command..",
        "dev.atelier.core.workspace..",
        "dev.atelier.core.pay..",
        "dev.atelier.core.hours..",
        "dev.atelier.core.completion..",
        "dev.atelier.core.credential..",
        "dev.atelier.core.portfolio..",
        "dev.atelier.core.profile..",
        "dev.atelier.core.enrolment..",
        "dev.atelier.core.matching..",
        "dev.atelier.core.pairing..",
        "dev.atelier.core.clock.checkin..",
        "dev.atelier.core.question..",
        "dev.atelier.core.conversation..",
        "dev.atelier.core.peerhelp..",
        "dev.atelier.core.home..",
        "dev.atelier.core.dashboard..",
        "dev.atelier.core.clock.duework..",
        "dev.atelier.core.clock.rhythm..",
        "dev.atelier.core.clock.reminder..",
        "dev.atelier.core.clock.stall..",
        "dev.atelier.core.clock.rounds..",
        "dev.atelier.core.inbox..",
        "dev.atelier.core.delivery..",
        "dev.atelier.core.outbox..",
        "dev.atelier.core.away..",
        "dev.atelier.core.planfit..",
        "dev.atelier.core.payout..",
        "dev.atelier.core.appeal..",
        "dev.atelier.core.clock.mentorload..",
        "dev.atelier.core.trajectory..",
        "dev.atelier.core.moderation.."
    };

    @ArchTest
    static final ArchRule core_knows_no_chat_platform = noClasses()
            .that()
            .resideInAPackage("dev.atelier.core..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("net.dv8tion..", "com.slack..")
            .because("bot-core knows nothing of JDA or Bolt");

    @ArchTest
    static final ArchRule domain_knows_no_framework = noClasses()
            .that()
            .resideInAnyPackage(DOMAIN)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "org.springframework..", "com.mongodb..", "org.bson..", "de.bwaldvogel..", "com.nimbusds..")
            .because("the domain and use cases import neither Spring nor MongoDB");

    @ArchTest
    static final ArchRule only_the_solver_knows_the_graph_library = noClasses()
            .that()
            .resideOutsideOfPackage("dev.atelier.core.solver..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.jgrapht..", "org.jheaps..", "com.google.ortools..")
            .because("the matching model stays pure; JGraphT and OR-Tools sit behind the AssignmentSolver port");

    @ArchTest
    static final ArchRule domain_does_not_reach_into_storage_or_assembly = noClasses()
            .that()
            .resideInAnyPackage(DOMAIN)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "dev.atelier.core.store..", "dev.atelier.core.assembly..", "dev.atelier.core.signing..");

    @ArchTest
    static final ArchRule adapters_do_not_know_each_other = noClasses()
            .that()
            .resideInAPackage("dev.atelier.discord..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("dev.atelier.slack..", "dev.atelier.app..");

    @ArchTest
    static final ArchRule slack_does_not_know_discord = noClasses()
            .that()
            .resideInAPackage("dev.atelier.slack..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("dev.atelier.discord..", "dev.atelier.app..");

    @ArchTest
    static final ArchRule adapters_only_use_the_bot_facade_and_ports = noClasses()
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
    static final ArchRule storage_documents_stay_in_the_store = classes()
            .that()
            .areAnnotatedWith(org.springframework.data.mongodb.core.mapping.Document.class)
            .should()
            .resideInAPackage("dev.atelier.core.store..");

    @ArchTest
    static final ArchRule storage_documents_are_not_public = classes()
            .that()
            .areAnnotatedWith(org.springframework.data.mongodb.core.mapping.Document.class)
            .should()
            .notBePublic();

    @ArchTest
    static final ArchRule dashboard_reads_through_ports = noClasses()
            .that()
            .resideInAPackage("dev.atelier.app.dashboard..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("dev.atelier.core.store..", "org.springframework.data..")
            .because("the web dashboard reads the core's community-scoped ports, never MongoDB directly");
}
