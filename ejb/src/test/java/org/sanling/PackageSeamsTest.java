package org.sanling;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The seams between the ejb module's packages run one way (docs/architecture.md "Modules"): no package cycle
 * between features, {@code search} names no feature (features hand it documents through
 * {@link org.sanling.search.DocumentSource}), and {@code platform} stands below every feature, start-up above.
 */
@AnalyzeClasses(packages = "org.sanling", importOptions = ImportOption.DoNotIncludeTests.class)
class PackageSeamsTest {

    /** Features: the packages under org.sanling, each with its subpackages. */
    private static final String FEATURES = "org.sanling.(*)..";

    @ArchTest
    static final ArchRule noCycleBetweenPackages = slices().matching(FEATURES)
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule searchNamesNoFeature = noClasses().that().resideInAPackage("org.sanling.search..")
            .should().dependOnClassesThat().resideInAnyPackage("org.sanling.supervision..", "org.sanling.legalaid..",
                    "org.sanling.volunteer..", "org.sanling.summary..", "org.sanling.notification..", "org.sanling.demo..",
                    "org.sanling.startup..");

    @ArchTest
    static final ArchRule platformStandsBelowTheFeatures = noClasses().that().resideInAPackage("org.sanling.platform..")
            .should().dependOnClassesThat().resideInAnyPackage("org.sanling.supervision..", "org.sanling.legalaid..",
                    "org.sanling.volunteer..", "org.sanling.summary..", "org.sanling.notification..", "org.sanling.search..",
                    "org.sanling.job..", "org.sanling.demo..", "org.sanling.startup..");
}
