package se.samverkan.project;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The layers point one way: rest → service → repository and domain; nothing below knows the HTTP side. */
@AnalyzeClasses(packages = "se.samverkan.project", importOptions = ImportOption.DoNotIncludeTests.class)
class DependencyRulesTest {

    @ArchTest
    static final ArchRule servicesDoNotKnowTheHttpLayer = noClasses().that().resideInAPackage("se.samverkan.project.service..")
            .should().dependOnClassesThat().resideInAnyPackage("se.samverkan.project.rest..", "se.samverkan.project.mapping..");

    @ArchTest
    static final ArchRule repositoriesOnlyServeTheServices = noClasses().that().resideInAPackage("se.samverkan.project.repository..")
            .should().dependOnClassesThat().resideInAnyPackage("se.samverkan.project.rest..", "se.samverkan.project.mapping..", "se.samverkan.project.service..", "se.samverkan.project.client..");

    @ArchTest
    static final ArchRule theDomainDependsOnNoLayer = noClasses().that().resideInAPackage("se.samverkan.project.domain..")
            .should().dependOnClassesThat()
            .resideInAnyPackage("se.samverkan.project.rest..", "se.samverkan.project.mapping..", "se.samverkan.project.service..", "se.samverkan.project.repository..", "se.samverkan.project.client..");

    @ArchTest
    static final ArchRule clientsStandAlone = noClasses().that().resideInAPackage("se.samverkan.project.client..")
            .should().dependOnClassesThat().resideInAnyPackage("se.samverkan.project.rest..", "se.samverkan.project.mapping..", "se.samverkan.project.service..",
                    "se.samverkan.project.repository..");
}
