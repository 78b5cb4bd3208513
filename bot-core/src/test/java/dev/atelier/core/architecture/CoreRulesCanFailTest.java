package dev.atelier.core.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import dev.atelier.core.archfixture.newfeature.FeatureImportingSpring;
import dev.atelier.core.archfixture.newfeature.FeatureReadingTheStore;
import dev.atelier.core.archfixture.newfeature.FeatureRegisteringThroughAssembly;
import dev.atelier.core.archfixture.newfeature.PlainFeature;
import dev.atelier.core.archfixturecycle.one.NeedsTwo;
import dev.atelier.core.archfixturecycle2.NeedsOne;
import org.junit.jupiter.api.Test;

/**
 * Each rule of {@link CoreRules} fails on a small set of fixture classes that break it, and passes on a
 * clean one: a rule that cannot fail proves nothing. The fixtures live in test sources, in packages no
 * list names (a brand-new feature package is covered by default).
 */
class CoreRulesCanFailTest {

    private static JavaClasses only(Class<?>... classes) {
        return new ClassFileImporter().importClasses(classes);
    }

    private static boolean violated(ArchRule rule, Class<?>... classes) {
        return rule.evaluate(only(classes)).hasViolation();
    }

    @Test
    void aNewFeaturePackageImportingSpringIsCaught() {
        assertThat(violated(CoreRules.DOMAIN_KNOWS_NO_FRAMEWORK, FeatureImportingSpring.class))
                .isTrue();
        assertThat(violated(CoreRules.DOMAIN_KNOWS_NO_FRAMEWORK, PlainFeature.class))
                .isFalse();
    }

    @Test
    void aFeatureReadingAMongoStoreIsCaught() {
        assertThat(violated(CoreRules.DOMAIN_DOES_NOT_REACH_INTO_STORAGE, FeatureReadingTheStore.class))
                .isTrue();
        assertThat(violated(CoreRules.DOMAIN_DOES_NOT_REACH_INTO_STORAGE, PlainFeature.class))
                .isFalse();
    }

    @Test
    void aCycleBetweenTwoFeaturePackagesIsCaught() {
        assertThat(violated(CoreRules.FEATURES_ARE_FREE_OF_CYCLES, NeedsTwo.class, NeedsOne.class))
                .isTrue();
        assertThat(violated(CoreRules.FEATURES_ARE_FREE_OF_CYCLES, NeedsTwo.class, PlainFeature.class))
                .isFalse();
    }

    @Test
    void aFeatureReachingIntoTheAssemblyIsCaught() {
        assertThat(violated(
                        CoreRules.ONLY_THE_COMPOSITION_ROOT_TOUCHES_ASSEMBLY, FeatureRegisteringThroughAssembly.class))
                .isTrue();
        assertThat(violated(CoreRules.ONLY_THE_COMPOSITION_ROOT_TOUCHES_ASSEMBLY, PlainFeature.class))
                .isFalse();
    }
}
