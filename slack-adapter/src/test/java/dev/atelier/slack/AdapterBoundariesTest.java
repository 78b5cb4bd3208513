package dev.atelier.slack;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The adapter's boundaries: internals stay package-private, and it talks to the core through its API only. */
class AdapterBoundariesTest {

    private final JavaClasses adapter = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.atelier.slack");

    @Test
    void onlyTheAutoConfigurationAndItsPropertiesArePublic() {
        classes()
                .that()
                .areNotAnnotatedWith(org.springframework.boot.autoconfigure.AutoConfiguration.class)
                .and()
                .areNotAnnotatedWith(org.springframework.boot.context.properties.ConfigurationProperties.class)
                .and()
                .doNotHaveSimpleName("package-info")
                .should()
                .notBePublic()
                .check(adapter);
    }

    @Test
    void usesTheCoreOnlyThroughTheBotTheMessageModelAndThePorts() {
        noClasses()
                .should()
                .dependOnClassesThat(resideInAPackage("dev.atelier.core..")
                        .and(not(resideInAnyPackage(
                                "dev.atelier.core.command",
                                "dev.atelier.core.message",
                                "dev.atelier.core.workspace",
                                "dev.atelier.core.community",
                                "dev.atelier.core.delivery",
                                "dev.atelier.core.inbox",
                                "dev.atelier.core.outbox"))))
                .check(adapter);
    }
}
