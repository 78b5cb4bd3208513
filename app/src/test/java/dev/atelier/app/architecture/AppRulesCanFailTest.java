package dev.atelier.app.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import dev.atelier.app.dashboard.archfixture.PageReadingAStore;
import dev.atelier.app.dashboard.archfixture.PageReadingTheReadModel;
import dev.atelier.app.rights.archfixture.ConfigurationReachingIntoAssembly;
import org.junit.jupiter.api.Test;

/** The application's rules fail on fixture classes that break them and pass on ones that keep them. */
class AppRulesCanFailTest {

    private static boolean violated(ArchRule rule, Class<?>... classes) {
        return rule.evaluate(new ClassFileImporter().importClasses(classes)).hasViolation();
    }

    @Test
    void aDashboardPageReadingAStorePortIsCaught() {
        assertThat(violated(ArchitectureTest.dashboardReadsOnlyThroughTheCoreReadModel, PageReadingAStore.class))
                .isTrue();
        assertThat(violated(ArchitectureTest.dashboardReadsOnlyThroughTheCoreReadModel, PageReadingTheReadModel.class))
                .isFalse();
    }

    @Test
    void applicationCodeOutsideTheCoreWiringTakingTheAssemblyIsCaught() {
        assertThat(violated(
                        ArchitectureTest.onlyTheCompositionRootTouchesAssembly,
                        ConfigurationReachingIntoAssembly.class))
                .isTrue();
        assertThat(violated(ArchitectureTest.onlyTheCompositionRootTouchesAssembly, PageReadingTheReadModel.class))
                .isFalse();
    }
}
