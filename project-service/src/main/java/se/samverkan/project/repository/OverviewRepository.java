package se.samverkan.project.repository;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import se.samverkan.project.domain.OrganisationType;
import se.samverkan.project.domain.ParticipationStatus;
import se.samverkan.project.domain.ServicePlanStatus;
import se.samverkan.project.domain.ServiceSolutionCategory;
import se.samverkan.project.domain.ServiceSolutionStatus;
import se.samverkan.project.domain.StaffRole;

/**
 * The figures of a project's overview and of the participation statistics, each counted by the database in
 * one grouped statement, however many rows a project has.
 */
@ApplicationScoped
public class OverviewRepository {

    public record ParticipantCount(OrganisationType.Level level, ParticipationStatus status, long count) {
    }

    public record PlanCount(ServicePlanStatus status, long count) {
    }

    public record SolutionCount(ServiceSolutionStatus status, ServiceSolutionCategory category, long count) {
    }

    public record StaffFigures(StaffRole role, long assignments, long people, long ftePercent) {
    }

    public record CountyFigures(String countyCode, String countyName, long participatingMunicipalities,
            long adoptedPlans, long solutionsInOperation) {
    }

    private final EntityManager em;

    public OverviewRepository(EntityManager em) {
        this.em = em;
    }

    public List<ParticipantCount> participants(UUID projectId) {
        return em.createQuery("""
                select p.level, p.status, count(p)
                from Participant p where p.projectId = :project group by p.level, p.status""", Object[].class)
                .setParameter("project", projectId).getResultStream()
                .map(r -> new ParticipantCount((OrganisationType.Level) r[0], (ParticipationStatus) r[1], count(r[2])))
                .toList();
    }

    public List<PlanCount> plans(UUID projectId) {
        return em.createQuery("""
                select sp.status, count(sp)
                from ServicePlan sp where sp.projectId = :project group by sp.status""", Object[].class)
                .setParameter("project", projectId).getResultStream()
                .map(r -> new PlanCount((ServicePlanStatus) r[0], count(r[1]))).toList();
    }

    /** Municipalities that take part in the project (not withdrawn) and have an adopted plan in it. */
    public long participatingMunicipalitiesWithAdoptedPlan(UUID projectId) {
        return em.createQuery("""
                select count(sp) from ServicePlan sp
                where sp.projectId = :project and sp.status = :adopted and exists (
                  select 1 from Participant p where p.projectId = sp.projectId
                    and p.organisationId = sp.municipalityOrganisationId and p.status <> :withdrawn)""", Long.class)
                .setParameter("project", projectId).setParameter("adopted", ServicePlanStatus.ADOPTED)
                .setParameter("withdrawn", ParticipationStatus.WITHDRAWN).getSingleResult();
    }

    public List<SolutionCount> solutions(UUID projectId) {
        return em.createQuery("""
                select s.status, s.category, count(s)
                from ServiceSolution s where s.projectId = :project group by s.status, s.category""", Object[].class)
                .setParameter("project", projectId).getResultStream()
                .map(r -> new SolutionCount((ServiceSolutionStatus) r[0], (ServiceSolutionCategory) r[1], count(r[2])))
                .toList();
    }

    public List<StaffFigures> staff(UUID projectId) {
        return em.createQuery("""
                select a.role, count(a), count(distinct a.personKey), sum(a.ftePercent)
                from StaffAssignment a where a.projectId = :project group by a.role""", Object[].class)
                .setParameter("project", projectId).getResultStream()
                .map(r -> new StaffFigures((StaffRole) r[0], count(r[1]), count(r[2]), count(r[3]))).toList();
    }

    /**
     * Per county, every county listed, across all projects: municipalities taking part (each once, however many
     * projects; one probe of the partial index participant_taking_part per municipality), and the adopted plans
     * and solutions in operation that V4__participation_totals.sql's triggers keep counted per municipality in
     * step with every write. So the cost does not grow with the number of projects.
     */
    public List<CountyFigures> participationByCounty() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                with participating as (
                  select o.county_code, count(*) as n
                  from organisation o
                  where o.type = 'MUNICIPALITY' and exists (
                    select 1 from participant p where p.organisation_id = o.id and p.status <> 'WITHDRAWN')
                  group by o.county_code
                ), outputs as (
                  select o.county_code, sum(t.adopted_plans) as adopted, sum(t.solutions_in_operation) as operating
                  from municipality_output_total t join organisation o on o.id = t.organisation_id
                  group by o.county_code
                )
                select c.code, c.name, coalesce(pm.n, 0), coalesce(op.adopted, 0), coalesce(op.operating, 0)
                from county c
                left join participating pm on pm.county_code = c.code
                left join outputs op on op.county_code = c.code
                order by c.code""").getResultList();
        return countyFigures(rows);
    }

    /** The same figures counted from one project's own rows (a handful, found through the project indexes). */
    public List<CountyFigures> participationByCounty(UUID projectId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                with participating as (
                  select o.county_code, count(distinct o.id) as n
                  from participant p join organisation o on o.id = p.organisation_id
                  where o.type = 'MUNICIPALITY' and p.status <> 'WITHDRAWN' and p.project_id = ?1
                  group by o.county_code
                ), adopted as (
                  select o.county_code, count(*) as n
                  from service_plan sp join organisation o on o.id = sp.municipality_organisation_id
                  where sp.status = 'ADOPTED' and sp.project_id = ?1
                  group by o.county_code
                ), operating as (
                  select o.county_code, count(*) as n
                  from service_solution s join organisation o on o.id = s.municipality_organisation_id
                  where s.status = 'IN_OPERATION' and s.project_id = ?1
                  group by o.county_code
                )
                select c.code, c.name, coalesce(pm.n, 0), coalesce(a.n, 0), coalesce(op.n, 0)
                from county c
                left join participating pm on pm.county_code = c.code
                left join adopted a on a.county_code = c.code
                left join operating op on op.county_code = c.code
                order by c.code""").setParameter(1, projectId).getResultList();
        return countyFigures(rows);
    }

    private static List<CountyFigures> countyFigures(List<Object[]> rows) {
        return rows.stream().map(r -> new CountyFigures((String) r[0], (String) r[1], count(r[2]), count(r[3]),
                count(r[4]))).toList();
    }

    private static long count(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
