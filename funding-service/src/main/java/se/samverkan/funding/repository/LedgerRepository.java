package se.samverkan.funding.repository;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import se.samverkan.funding.domain.CoFundingKind;
import se.samverkan.funding.domain.FundingStats;

/** The ledger and the stats, added up by PostgreSQL: one query per part, whatever the amount of data. */
@ApplicationScoped
public class LedgerRepository {

    /** One funder, year and kind of a project's co-funding. */
    public record CoFundingRow(UUID funderOrganisationId, int year, CoFundingKind kind, BigDecimal proposed,
            BigDecimal approved, BigDecimal disbursed) {
    }

    /** One call's applications of a project, with the call's rules. */
    public record GrantRow(UUID callId, String callTitle, UUID funderOrganisationId, BigDecimal requested,
            BigDecimal granted, BigDecimal disbursed, BigDecimal maxGrantRate, BigDecimal minCoFundingRate,
            BigDecimal minAmount, BigDecimal maxAmount) {
    }

    private final EntityManager em;

    public LedgerRepository(EntityManager em) {
        this.em = em;
    }

    public List<CoFundingRow> coFunding(UUID projectId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select cf.funder_organisation_id, y.year, cf.kind,
                       sum(case when cf.status = 'PROPOSED' then y.amount else 0 end),
                       sum(case when cf.status = 'APPROVED' then y.amount else 0 end),
                       coalesce(sum(paid.amount), 0)
                from co_funding cf
                join co_funding_year y on y.co_funding_id = cf.id
                left join (select co_funding_id, year, sum(amount) as amount from disbursement
                           where co_funding_id is not null group by co_funding_id, year) paid
                       on paid.co_funding_id = cf.id and paid.year = y.year
                where cf.project_id = ?1 and cf.status in ('PROPOSED', 'APPROVED')
                group by cf.funder_organisation_id, y.year, cf.kind
                order by cf.funder_organisation_id, y.year, cf.kind""")
                .setParameter(1, projectId).getResultList();
        return rows.stream().map(r -> new CoFundingRow((UUID) r[0], ((Number) r[1]).intValue(),
                CoFundingKind.valueOf((String) r[2]), money(r[3]), money(r[4]), money(r[5]))).toList();
    }

    public List<GrantRow> grants(UUID projectId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select c.id, c.title, c.funder_organisation_id,
                       sum(a.requested_amount),
                       coalesce(sum(a.granted_amount) filter (where a.status = 'GRANTED'), 0),
                       coalesce(sum(paid.amount), 0),
                       c.max_grant_rate, c.min_co_funding_rate, c.min_amount, c.max_amount
                from application a
                join funding_call c on c.id = a.call_id
                left join (select application_id, sum(amount) as amount from disbursement
                           where application_id is not null group by application_id) paid
                       on paid.application_id = a.id
                where a.project_id = ?1 and a.status in ('SUBMITTED', 'GRANTED')
                group by c.id, c.title, c.funder_organisation_id, c.max_grant_rate, c.min_co_funding_rate,
                         c.min_amount, c.max_amount
                order by c.title, c.id""")
                .setParameter(1, projectId).getResultList();
        return rows.stream().map(r -> new GrantRow((UUID) r[0], (String) r[1], (UUID) r[2], money(r[3]),
                money(r[4]), money(r[5]), (BigDecimal) r[6], (BigDecimal) r[7], (BigDecimal) r[8],
                (BigDecimal) r[9])).toList();
    }

    /**
     * {@link #coFunding} as the project's rows stood at {@code asOf}, rebuilt from the history (each commitment's and
     * disbursement's last version recorded at or before it, deleted ones left out): the history keeps every version
     * of both in full, schedule included.
     */
    public List<CoFundingRow> coFundingAsOf(UUID projectId, Instant asOf) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                with cf as (""" + latest("co-funding", "h.state->>'projectId' = ?1") + """
                ), live as (
                    select resource_id, state from cf
                    where action <> 'DELETED' and state->>'projectId' = ?1
                      and state->>'status' in ('PROPOSED', 'APPROVED')
                ), d as (""" + latest("disbursement",
                        "h.state->>'coFundingId' in (select cast(resource_id as text) from live)") + """
                ), paid as (
                    select cast(state->>'coFundingId' as uuid) as co_funding_id, cast(state->>'year' as int) as year,
                           sum(cast(state->>'amount' as numeric)) as amount
                    from d where action <> 'DELETED' and state->>'coFundingId' is not null group by 1, 2
                )
                select cast(cf.state->>'funderOrganisationId' as uuid), cast(y->>'year' as int), cf.state->>'kind',
                       sum(case when cf.state->>'status' = 'PROPOSED' then cast(y->>'amount' as numeric) else 0 end),
                       sum(case when cf.state->>'status' = 'APPROVED' then cast(y->>'amount' as numeric) else 0 end),
                       coalesce(sum(paid.amount), 0)
                from live cf
                cross join lateral jsonb_array_elements(cf.state->'schedule') y
                left join paid on paid.co_funding_id = cf.resource_id and paid.year = cast(y->>'year' as int)
                group by 1, 2, 3
                order by 1, 2, 3""")
                .setParameter(1, projectId.toString()).setParameter(2, asOf).getResultList();
        return rows.stream().map(r -> new CoFundingRow((UUID) r[0], ((Number) r[1]).intValue(),
                CoFundingKind.valueOf((String) r[2]), money(r[3]), money(r[4]), money(r[5]))).toList();
    }

    /** {@link #grants} as they stood at {@code asOf}: applications, their calls' rules and disbursements as recorded. */
    public List<GrantRow> grantsAsOf(UUID projectId, Instant asOf) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                with a as (""" + latest("application", "h.state->>'projectId' = ?1") + """
                ), live as (
                    select resource_id, state from a
                    where action <> 'DELETED' and state->>'projectId' = ?1
                      and state->>'status' in ('SUBMITTED', 'GRANTED')
                ), c as (""" + latest("call", "cast(h.resource_id as text) in (select state->>'callId' from live)")
                + """
                ), d as (""" + latest("disbursement",
                        "h.state->>'applicationId' in (select cast(resource_id as text) from live)") + """
                ), paid as (
                    select cast(state->>'applicationId' as uuid) as application_id,
                           sum(cast(state->>'amount' as numeric)) as amount
                    from d where action <> 'DELETED' and state->>'applicationId' is not null group by 1
                )
                select c.resource_id, c.state->>'title', cast(c.state->>'funderOrganisationId' as uuid),
                       sum(cast(a.state->>'requestedAmount' as numeric)),
                       coalesce(sum(cast(a.state->>'grantedAmount' as numeric))
                                filter (where a.state->>'status' = 'GRANTED'), 0),
                       coalesce(sum(paid.amount), 0),
                       cast(c.state->>'maxGrantRate' as numeric), cast(c.state->>'minCoFundingRate' as numeric),
                       cast(c.state->>'minAmount' as numeric), cast(c.state->>'maxAmount' as numeric)
                from live a
                join c on cast(c.resource_id as text) = a.state->>'callId' and c.action <> 'DELETED'
                left join paid on paid.application_id = a.resource_id
                group by c.resource_id, c.state
                order by 2, 1""")
                .setParameter(1, projectId.toString()).setParameter(2, asOf).getResultList();
        return rows.stream().map(r -> new GrantRow((UUID) r[0], (String) r[1], (UUID) r[2], money(r[3]),
                money(r[4]), money(r[5]), (BigDecimal) r[6], (BigDecimal) r[7], (BigDecimal) r[8],
                (BigDecimal) r[9])).toList();
    }

    /**
     * Each resource's last version recorded at or before {@code ?2}, of those of the type that {@code matching}
     * picks in any version (so that one moved away from the project later, or towards it, is judged by the version
     * of the instant).
     */
    private static String latest(String resourceType, String matching) {
        return """
                select distinct on (h.resource_id) h.resource_id, h.action, h.state
                from resource_history h
                where h.resource_type = '%s' and h.changed_at <= ?2
                  and h.resource_id in (select h.resource_id from resource_history h
                                        where h.resource_type = '%s' and %s)
                order by h.resource_id, h.changed_at desc, h.version desc, h.id desc""".formatted(resourceType,
                resourceType, matching);
    }

    /**
     * Granted money by decision year, approved co-funding by schedule year, disbursements by their year: the
     * totals of one grouping, one row per group, as the triggers of V2__funding_totals.sql keep them in step with
     * every write. Reading them costs the same however many rows they add up.
     */
    public List<FundingStats.Group> stats(FundingStats.GroupBy groupBy) {
        String grouping = switch (groupBy) {
            case YEAR -> "year";
            case FUNDER -> "funder";
            case CALL -> "call";
            default -> throw new IllegalArgumentException("No totals kept by " + groupBy);
        };
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select key, granted, approved_co_funding, disbursed from funding_total
                where grouping = ?1 order by key""")
                .setParameter(1, grouping).getResultList();
        return rows.stream().map(r -> new FundingStats.Group((String) r[0], money(r[1]), money(r[2]), money(r[3])))
                .toList();
    }

    private static BigDecimal money(Object value) {
        BigDecimal amount = value == null ? BigDecimal.ZERO
                : value instanceof BigDecimal decimal ? decimal : new BigDecimal(value.toString());
        return amount.setScale(2, RoundingMode.UNNECESSARY);
    }
}
