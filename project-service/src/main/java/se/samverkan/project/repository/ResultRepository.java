package se.samverkan.project.repository;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import se.samverkan.platform.paging.PageRequest;
import se.samverkan.platform.paging.Where;
import se.samverkan.project.domain.Result;
import se.samverkan.project.domain.ResultType;

@ApplicationScoped
public class ResultRepository implements PanacheRepositoryBase<Result, UUID> {

    /** A measured indicator's period: the indicator's id and the period's position in it. */
    public record PeriodKey(UUID indicatorId, int position) {
    }

    /** A project taking part in a county: it has a municipality of the county among its participants. */
    public record ProjectCounty(UUID projectId, String countyCode) {
    }

    /**
     * The record's count for each period of a measured indicator, in one statement: of the project's results (or of
     * every project's, when {@code projectId} is null). MeasuredBy says what each measure counts.
     */
    private static final String MEASURED = """
            select i.id, p.position,
              case i.measured_by
                when 'SERVICE_PLANS_ADOPTED' then (
                  select count(*) from service_plan sp
                  where sp.project_id = r.project_id and sp.status = 'ADOPTED' and sp.adopted_on <= p.period_end
                    and (i.cumulative or sp.adopted_on >= p.period_start))
                when 'SERVICE_SOLUTIONS_IN_OPERATION' then (
                  select count(*) from service_solution s
                  where s.project_id = r.project_id and s.status = 'IN_OPERATION'
                    and coalesce(s.started_on, cast(s.created_at at time zone 'Europe/Stockholm' as date)) <= p.period_end
                    and (i.cumulative
                         or coalesce(s.started_on, cast(s.created_at at time zone 'Europe/Stockholm' as date))
                            >= p.period_start))
                when 'PARTICIPATING_MUNICIPALITIES' then (
                  select count(distinct pa.organisation_id) from participant pa
                  join organisation o on o.id = pa.organisation_id
                  where pa.project_id = r.project_id and o.type = 'MUNICIPALITY'
                    and (pa.joined_on is null or pa.joined_on <= p.period_end)
                    and (pa.status <> 'WITHDRAWN' and (pa.left_on is null or pa.left_on >= p.period_start)
                         or pa.status = 'WITHDRAWN' and pa.left_on >= p.period_start))
                when 'METHODS_PUBLISHED' then (
                  select count(*) from method m
                  where m.project_id = r.project_id and m.published_on <= p.period_end
                    and (i.cumulative or m.published_on >= p.period_start))
              end
            from indicator_period p
            join result_indicator i on i.id = p.indicator_id
            join project_result r on r.id = i.result_id
            where i.measured_by is not null""";

    public PanacheQuery<Result> search(UUID projectId, ResultType type, Instant updatedSince, PageRequest page) {
        Where where = new Where().and("projectId = :project", "project", projectId)
                .andIf(type, "type = :type", "type")
                .since(updatedSince);
        return find(where.query(), page.sort(), where.params()).page(page.panachePage());
    }

    public Optional<Result> findInProject(UUID projectId, UUID id) {
        return find("projectId = ?1 and id = ?2", projectId, id).firstResultOptional();
    }

    /** The project's results, oldest first, with their indicators and periods in one statement. */
    public List<Result> ofProject(UUID projectId) {
        return getEntityManager().createQuery("select distinct r from Result r left join fetch r.indicators i "
                + "left join fetch i.periods where r.projectId = :project order by r.createdAt, r.id", Result.class)
                .setParameter("project", projectId).getResultList();
    }

    /** Every project's results with their indicators and periods in one statement (the statistics across projects). */
    public List<Result> everyProjects() {
        return getEntityManager().createQuery("select distinct r from Result r left join fetch r.indicators i "
                + "left join fetch i.periods order by r.projectId, r.createdAt, r.id", Result.class).getResultList();
    }

    /** The record's counts for the periods of the project's measured indicators. */
    public Map<PeriodKey, BigDecimal> measuredActuals(UUID projectId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager().createNativeQuery(MEASURED + " and r.project_id = ?1")
                .setParameter(1, projectId).getResultList();
        return actuals(rows);
    }

    /** The record's counts for the periods of every project's measured indicators. */
    public Map<PeriodKey, BigDecimal> measuredActuals() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager().createNativeQuery(MEASURED).getResultList();
        return actuals(rows);
    }

    /** Each project with each county it has a participating municipality in (not withdrawn). */
    public List<ProjectCounty> projectCounties() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager().createNativeQuery("""
                select distinct pa.project_id, o.county_code
                from participant pa join organisation o on o.id = pa.organisation_id
                where o.type = 'MUNICIPALITY' and pa.status <> 'WITHDRAWN' and o.county_code is not null""")
                .getResultList();
        return rows.stream().map(r -> new ProjectCounty((UUID) r[0], (String) r[1])).toList();
    }

    private static Map<PeriodKey, BigDecimal> actuals(List<Object[]> rows) {
        Map<PeriodKey, BigDecimal> actuals = new HashMap<>();
        for (Object[] row : rows) {
            actuals.put(new PeriodKey((UUID) row[0], ((Number) row[1]).intValue()),
                    BigDecimal.valueOf(((Number) row[2]).longValue()).setScale(2));
        }
        return actuals;
    }
}
