package dev.atelier.app.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameEndingWith;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;

/** The core's storage ports, by their naming convention: an interface of the core named {@code ...Store}. */
final class CorePorts {

    static final DescribedPredicate<JavaClass> STORE_PORTS = resideInAPackage("dev.atelier.core..")
            .and(simpleNameEndingWith("Store"))
            .as("a store port of the core");

    private CorePorts() {}
}
