package org.sanling;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;

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
    static final ArchRule noCycleBetweenPackages = slices().assignedFrom(new PackagesWithAccountAndAreaAsOne())
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

    /**
     * One slice per package under org.sanling, except {@code account} and {@code area}, which still use each other
     * (an account has a home area; the area service asks the caller's scope) and count as one base slice: a cycle
     * through them and any other package still fails.
     */
    private static final class PackagesWithAccountAndAreaAsOne implements SliceAssignment {

        @Override
        public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
            String name = javaClass.getPackageName();
            if (!name.startsWith("org.sanling.")) {
                return SliceIdentifier.ignore();
            }
            String top = name.substring("org.sanling.".length()).split("\\.")[0];
            return SliceIdentifier.of(top.equals("account") || top.equals("area") ? "account+area" : top);
        }

        @Override
        public String getDescription() {
            return "packages matching '" + FEATURES + "', account and area as one";
        }
    }
}
