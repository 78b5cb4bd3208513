package dev.atelier.slack;

import com.tngtech.archunit.core.domain.JavaClasses;
import dev.atelier.core.testing.AdapterBoundaries;
import org.junit.jupiter.api.Test;

/** The adapter's boundaries ({@link AdapterBoundaries}, the same for every adapter). */
class AdapterBoundariesTest {

    private final JavaClasses adapter = AdapterBoundaries.of("dev.atelier.slack");

    @Test
    void onlyTheAutoConfigurationAndItsPropertiesArePublic() {
        AdapterBoundaries.onlyTheAutoConfigurationAndItsPropertiesArePublic().check(adapter);
    }

    @Test
    void usesTheCoreOnlyThroughTheBotTheMessageModelAndThePorts() {
        AdapterBoundaries.usesTheCoreOnlyThroughTheBotTheMessageModelAndThePorts()
                .check(adapter);
    }
}
