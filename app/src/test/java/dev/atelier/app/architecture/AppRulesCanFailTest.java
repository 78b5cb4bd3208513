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
        assertThat(violated(ArchitectureTest.dashboard_reads_only_through_the_core_read_model, PageReadingAStore.class))
                .isTrue();
        assertThat(violated(
                        ArchitectureTest.dashboard_reads_only_through_the_core_read_model,
                        PageReadingTheReadModel.class))
                .isFalse();
    }

    @Test
    void applicationCodeOutsideTheCoreWiringTakingTheAssemblyIsCaught() {
        assertThat(violated(
                        ArchitectureTest.only_the_composition_root_touches_assembly,
                        ConfigurationReachingIntoAssembly.class))
                .isTrue();
        assertThat(violated(ArchitectureTest.only_the_composition_root_touches_assembly, PageReadingTheReadModel.class))
                .isFalse();
    }
}
