package se.samverkan.devtools;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import java.time.Clock;

import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;

/**
 * The direction of a service's layers (buckpal's rule: adapters outside, the domain at the centre), one set of ArchUnit
 * rules for both services: rest (its mappers in {@code rest.mapping}) → service → repository and domain; the domain,
 * the repositories and the outbound client know no layer above them; resources and mappers never reach a repository
 * (they may name its query records, such as a filter) nor Panache; mappers read no clock; services hand out pages,
 * never a query to run outside their transaction; and the layers form no cycle. A service's
 * {@code DependencyRulesTest} applies them to its base package.
 */
public final class LayerRules {

    private static final String PANACHE = "io.quarkus.hibernate.orm.panache..";
    private static final String PANACHE_QUERY = "io.quarkus.hibernate.orm.panache.PanacheQuery";

    private LayerRules() {
    }

    public static ArchRule of(String base) {
        String rest = base + ".rest..";
        String service = base + ".service..";
        String repository = base + ".repository..";
        String domain = base + ".domain..";
        String client = base + ".client..";
        return CompositeArchRule.of(noClasses().that().resideInAPackage(service)
                        .should().dependOnClassesThat().resideInAPackage(rest)
                        .as("services do not know the HTTP layer"))
                .and(noClasses().that().resideInAPackage(repository)
                        .should().dependOnClassesThat().resideInAnyPackage(rest, service, client)
                        .as("repositories only serve the services"))
                .and(noClasses().that().resideInAPackage(domain)
                        .should().dependOnClassesThat().resideInAnyPackage(rest, service, repository, client)
                        .as("the domain depends on no layer"))
                .and(noClasses().that().resideInAPackage(client)
                        .should().dependOnClassesThat().resideInAnyPackage(rest, service, repository)
                        .as("the outbound client stands alone"))
                .and(noClasses().that().resideInAPackage(rest)
                        .should().dependOnClassesThat(resideInAPackage(repository).and(not(assignableTo(Record.class))))
                        .as("resources and mappers never reach a repository, only name its query records"))
                .and(methods().that().areDeclaredInClassesThat().resideInAPackage(service).and().arePublic()
                        .should().notHaveRawReturnType(PANACHE_QUERY)
                        .as("services return pages or domain objects, never a query for the caller to run"))
                .and(noClasses().that().resideInAPackage(rest)
                        .should().dependOnClassesThat().resideInAPackage(PANACHE)
                        .as("the HTTP layer never touches Hibernate's Panache: its queries run inside the services"))
                .and(noClasses().that().resideInAPackage(base + ".rest.mapping..")
                        .should().dependOnClassesThat().areAssignableTo(Clock.class)
                        .as("mappers map: the day or the time they need is passed in, never read from a clock"))
                // the mappers live in rest.mapping, inside the adapter whose records they build, so the rules above
                // hold for them too (no repository, no Panache) and the cycle check needs no exception
                .and(slices().matching(base + ".(*)..").should().beFreeOfCycles()
                        .as("the layers form no cycle"));
    }
}
