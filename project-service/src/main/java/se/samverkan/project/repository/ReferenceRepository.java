package se.samverkan.project.repository;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/**
 * Who still refers to an organisation, a project or a participating organisation, counted in one statement
 * each, so a delete can be refused with a 409 that names them.
 */
@ApplicationScoped
public class ReferenceRepository {

    private final EntityManager em;

    public ReferenceRepository(EntityManager em) {
        this.em = em;
    }

    /** What refers to the organisation, by kind (only kinds with at least one reference). */
    public Map<String, Long> toOrganisation(UUID organisationId) {
        Object[] row = (Object[]) em.createNativeQuery("""
                select
                  (select count(*) from project where owner_organisation_id = ?1),
                  (select count(*) from participant where organisation_id = ?1),
                  (select count(*) from staff_assignment where employer_organisation_id = ?1
                                                          or placed_at_organisation_id = ?1),
                  (select count(*) from service_plan where municipality_organisation_id = ?1),
                  (select count(*) from service_solution where municipality_organisation_id = ?1)
                    + (select count(*) from service_solution_partner where partner_organisation_id = ?1),
                  (select count(*) from activity where host_organisation_id = ?1)
                    + (select count(*) from activity_participant where organisation_id = ?1)""")
                .setParameter(1, organisationId).getSingleResult();
        return named(row, "project(s) it owns", "project participation(s)", "staff assignment(s)",
                "service plan(s)", "service solution(s)", "activity(ies)");
    }

    /** What belongs to the project, by kind (only kinds with at least one row). */
    public Map<String, Long> toProject(UUID projectId) {
        Object[] row = (Object[]) em.createNativeQuery("""
                select
                  (select count(*) from participant where project_id = ?1),
                  (select count(*) from staff_assignment where project_id = ?1),
                  (select count(*) from service_plan where project_id = ?1),
                  (select count(*) from service_solution where project_id = ?1),
                  (select count(*) from activity where project_id = ?1),
                  (select count(*) from method where project_id = ?1),
                  (select count(*) from project_result where project_id = ?1)""")
                .setParameter(1, projectId).getSingleResult();
        return named(row, "participant(s)", "staff assignment(s)", "service plan(s)", "service solution(s)",
                "activity(ies)", "method(s)", "result(s)");
    }

    /** What in the project depends on the organisation taking part in it. */
    public Map<String, Long> toParticipation(UUID projectId, UUID organisationId) {
        Object[] row = (Object[]) em.createNativeQuery("""
                select
                  (select count(*) from staff_assignment where project_id = ?1 and placed_at_organisation_id = ?2),
                  (select count(*) from service_plan where project_id = ?1 and municipality_organisation_id = ?2),
                  (select count(*) from service_solution where project_id = ?1 and municipality_organisation_id = ?2),
                  (select count(*) from activity a where a.project_id = ?1 and (a.host_organisation_id = ?2
                     or exists (select 1 from activity_participant ap where ap.activity_id = a.id
                                and ap.organisation_id = ?2)))""")
                .setParameter(1, projectId).setParameter(2, organisationId).getSingleResult();
        return named(row, "staff assignment(s) placed there", "service plan(s)", "service solution(s)",
                "activity(ies)");
    }

    private static Map<String, Long> named(Object[] counts, String... names) {
        Map<String, Long> references = new LinkedHashMap<>();
        for (int i = 0; i < names.length; i++) {
            long count = ((Number) counts[i]).longValue();
            if (count > 0) {
                references.put(names[i], count);
            }
        }
        return references;
    }

    /** "2 participant(s), 1 method(s)". */
    public static String describe(Map<String, Long> references) {
        return String.join(", ", references.entrySet().stream().map(e -> e.getValue() + " " + e.getKey()).toList());
    }
}
