package dev.atelier.core.testing;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The boundaries every platform adapter keeps, one allow-list for all of them: its internals stay
 * package-private, and it talks to the core through the bot, the message model and the ports only.
 */
public final class AdapterBoundaries {

    private AdapterBoundaries() {}

    /** The adapter's main classes (its tests left out). */
    public static JavaClasses of(String adapterPackage) {
        return new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(adapterPackage);
    }

    /** Only the auto-configuration and its properties are public. */
    public static ArchRule onlyTheAutoConfigurationAndItsPropertiesArePublic() {
        return classes()
                .that()
                .areNotAnnotatedWith("org.springframework.boot.autoconfigure.AutoConfiguration")
                .and()
                .areNotAnnotatedWith("org.springframework.boot.context.properties.ConfigurationProperties")
                .and()
                .doNotHaveSimpleName("package-info")
                .should()
                .notBePublic();
    }

    /** The core is used through the bot, the message model and the ports, nothing else. */
    public static ArchRule usesTheCoreOnlyThroughTheBotTheMessageModelAndThePorts() {
        return noClasses()
                .should()
                .dependOnClassesThat(resideInAPackage("dev.atelier.core..")
                        .and(not(resideInAnyPackage(
                                "dev.atelier.core.command",
                                "dev.atelier.core.message",
                                "dev.atelier.core.workspace",
                                "dev.atelier.core.community",
                                "dev.atelier.core.delivery",
                                "dev.atelier.core.inbox",
                                "dev.atelier.core.outbox"))));
    }
}
