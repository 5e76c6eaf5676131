package org.sanling.web;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The seams between the web module's packages run one way (docs/architecture.md "Modules"): no package cycle
 * between its features, and only {@code web.search} talks to the search-index module, through the ejb
 * {@link org.sanling.search.SearchService}; every other page asks a service.
 */
@AnalyzeClasses(packages = "org.sanling.web", importOptions = ImportOption.DoNotIncludeTests.class)
class PackageSeamsTest {

    @ArchTest
    static final ArchRule noCycleBetweenPackages = slices().matching("org.sanling.web.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule onlySearchPagesUseTheSearchIndex = noClasses().that().resideOutsideOfPackage("org.sanling.web.search..")
            .should().dependOnClassesThat().resideInAPackage("org.sanling.searchindex..");
}
