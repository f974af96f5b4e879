package se.samverkan.project;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import se.samverkan.devtools.LayerRules;

/** The layers point one way: rest → service → repository and domain; nothing below knows the HTTP side. */
@AnalyzeClasses(packages = "se.samverkan.project", importOptions = ImportOption.DoNotIncludeTests.class)
class DependencyRulesTest {

    @ArchTest
    static final ArchRule layersPointOneWay = LayerRules.of("se.samverkan.project");
}
