package se.samverkan.funding;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The layers point one way: rest → service → repository and domain; nothing below knows the HTTP side. */
@AnalyzeClasses(packages = "se.samverkan.funding", importOptions = ImportOption.DoNotIncludeTests.class)
class DependencyRulesTest {

    @ArchTest
    static final ArchRule servicesDoNotKnowTheHttpLayer = noClasses().that().resideInAPackage("se.samverkan.funding.service..")
            .should().dependOnClassesThat().resideInAnyPackage("se.samverkan.funding.rest..", "se.samverkan.funding.mapping..");

    @ArchTest
    static final ArchRule repositoriesOnlyServeTheServices = noClasses().that().resideInAPackage("se.samverkan.funding.repository..")
            .should().dependOnClassesThat().resideInAnyPackage("se.samverkan.funding.rest..", "se.samverkan.funding.mapping..", "se.samverkan.funding.service..", "se.samverkan.funding.client..");

    @ArchTest
    static final ArchRule theDomainDependsOnNoLayer = noClasses().that().resideInAPackage("se.samverkan.funding.domain..")
            .should().dependOnClassesThat()
            .resideInAnyPackage("se.samverkan.funding.rest..", "se.samverkan.funding.mapping..", "se.samverkan.funding.service..", "se.samverkan.funding.repository..", "se.samverkan.funding.client..");

    @ArchTest
    static final ArchRule clientsStandAlone = noClasses().that().resideInAPackage("se.samverkan.funding.client..")
            .should().dependOnClassesThat().resideInAnyPackage("se.samverkan.funding.rest..", "se.samverkan.funding.mapping..", "se.samverkan.funding.service..",
                    "se.samverkan.funding.repository..");
}
