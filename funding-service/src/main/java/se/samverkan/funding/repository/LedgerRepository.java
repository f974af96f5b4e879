package se.samverkan.funding.repository;

import java.math.BigDecimal;
import java.math.RoundingMode;
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
