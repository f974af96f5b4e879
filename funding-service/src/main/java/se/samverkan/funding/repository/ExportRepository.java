package se.samverkan.funding.repository;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import se.samverkan.funding.domain.CoFundingKind;
import se.samverkan.funding.domain.StepKind;

/**
 * What the open-data exports read, as plain rows (no entities: their eager collections would cost a query per row).
 * Grants are read in keyset pages in id order, so a page costs the same wherever it is.
 */
@ApplicationScoped
public class ExportRepository {

    /** An approved co-funding's amount for one year. */
    public record ScheduledRow(UUID coFundingId, UUID projectId, UUID funderOrganisationId, CoFundingKind kind,
            int year, BigDecimal amount, UUID decisionCaseId) {
    }

    /** A granted application, with its call's funder. */
    public record GrantedRow(UUID applicationId, UUID projectId, UUID funderOrganisationId, BigDecimal amount,
            LocalDate decidedOn) {
    }

    public record PaidRow(UUID projectId, UUID coFundingId, UUID applicationId, UUID providerOrganisationId,
            CoFundingKind kind, int year, BigDecimal amount, LocalDate paidOn) {
    }

    /** A step of a decision case, in the case's order. */
    public record StepRow(UUID decisionCaseId, StepKind kind, LocalDate date) {
    }

    /** An approved co-funding as a grant. */
    public record CoFundingGrantRow(UUID id, UUID projectId, UUID funderOrganisationId, CoFundingKind kind,
            String budgetSource, BigDecimal totalAmount, BigDecimal disbursed, UUID decisionCaseId,
            Instant updatedAt) {
    }

    /** A granted application as a grant, with its call. */
    public record ApplicationGrantRow(UUID id, UUID projectId, UUID applicantOrganisationId,
            UUID funderOrganisationId, BigDecimal requestedAmount, BigDecimal grantedAmount, BigDecimal disbursed,
            LocalDate decidedOn, Instant updatedAt, UUID callId, String callTitle, String callReference) {
    }

    private final EntityManager em;

    public ExportRepository(EntityManager em) {
        this.em = em;
    }

    public List<ScheduledRow> approvedSchedules(Collection<UUID> projectIds) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select cf.id, cf.project_id, cf.funder_organisation_id, cf.kind, y.year, y.amount, cf.decision_case_id
                from co_funding cf join co_funding_year y on y.co_funding_id = cf.id
                where cf.status = 'APPROVED' and cf.project_id in (:ids)
                order by cf.project_id, cf.id, y.year""")
                .setParameter("ids", List.copyOf(projectIds)).getResultList();
        return rows.stream().map(r -> new ScheduledRow((UUID) r[0], (UUID) r[1], (UUID) r[2],
                CoFundingKind.valueOf((String) r[3]), ((Number) r[4]).intValue(), (BigDecimal) r[5], (UUID) r[6]))
                .toList();
    }

    public List<GrantedRow> grantedApplications(Collection<UUID> projectIds) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select a.id, a.project_id, c.funder_organisation_id, a.granted_amount, a.decided_on
                from application a join funding_call c on c.id = a.call_id
                where a.status = 'GRANTED' and a.project_id in (:ids)
                order by a.project_id, a.decided_on, a.id""")
                .setParameter("ids", List.copyOf(projectIds)).getResultList();
        return rows.stream().map(r -> new GrantedRow((UUID) r[0], (UUID) r[1], (UUID) r[2], (BigDecimal) r[3],
                date(r[4]))).toList();
    }

    public List<PaidRow> disbursements(Collection<UUID> projectIds) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select coalesce(cf.project_id, a.project_id), d.co_funding_id, d.application_id,
                       coalesce(cf.funder_organisation_id, c.funder_organisation_id), cf.kind, d.year, d.amount,
                       d.paid_on
                from disbursement d
                left join co_funding cf on cf.id = d.co_funding_id
                left join application a on a.id = d.application_id
                left join funding_call c on c.id = a.call_id
                where cf.project_id in (:ids) or a.project_id in (:ids)
                order by d.paid_on, d.id""")
                .setParameter("ids", List.copyOf(projectIds)).getResultList();
        return rows.stream().map(r -> new PaidRow((UUID) r[0], (UUID) r[1], (UUID) r[2], (UUID) r[3],
                r[4] == null ? CoFundingKind.CASH : CoFundingKind.valueOf((String) r[4]), ((Number) r[5]).intValue(),
                (BigDecimal) r[6], date(r[7]))).toList();
    }

    /** The steps of these cases, each case's in order. */
    public Map<UUID, List<StepRow>> steps(Collection<UUID> decisionCaseIds) {
        if (decisionCaseIds.isEmpty()) {
            return Map.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select decision_case_id, kind, date from decision_step
                where decision_case_id in (:ids) order by decision_case_id, position""")
                .setParameter("ids", decisionCaseIds.stream().distinct().toList()).getResultList();
        return rows.stream().map(r -> new StepRow((UUID) r[0], StepKind.valueOf((String) r[1]), date(r[2])))
                .collect(Collectors.groupingBy(StepRow::decisionCaseId));
    }

    /** Up to {@code limit} approved co-funding commitments after {@code after} (null: from the first), in id order. */
    public List<CoFundingGrantRow> approvedCoFunding(UUID funderOrganisationId, UUID after, int limit) {
        StringBuilder sql = new StringBuilder("""
                select cf.id, cf.project_id, cf.funder_organisation_id, cf.kind, cf.budget_source, cf.total_amount,
                       (select coalesce(sum(d.amount), 0) from disbursement d where d.co_funding_id = cf.id),
                       cf.decision_case_id, cf.updated_at
                from co_funding cf where cf.status = 'APPROVED'""");
        if (funderOrganisationId != null) {
            sql.append(" and cf.funder_organisation_id = :funder");
        }
        if (after != null) {
            sql.append(" and cf.id > :after");
        }
        sql.append(" order by cf.id limit :limit");
        Query query = em.createNativeQuery(sql.toString()).setParameter("limit", limit);
        if (funderOrganisationId != null) {
            query.setParameter("funder", funderOrganisationId);
        }
        if (after != null) {
            query.setParameter("after", after);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(r -> new CoFundingGrantRow((UUID) r[0], (UUID) r[1], (UUID) r[2],
                CoFundingKind.valueOf((String) r[3]), (String) r[4], (BigDecimal) r[5], (BigDecimal) r[6],
                (UUID) r[7], instant(r[8]))).toList();
    }

    /**
     * Up to {@code limit} granted applications after {@code after} (null: from the first), in id order; of one funder
     * (its calls) and decided in one year when those are given.
     */
    public List<ApplicationGrantRow> grantedApplications(UUID funderOrganisationId, Integer year, UUID after,
            int limit) {
        StringBuilder sql = new StringBuilder("""
                select a.id, a.project_id, a.applicant_organisation_id, c.funder_organisation_id, a.requested_amount,
                       a.granted_amount,
                       (select coalesce(sum(d.amount), 0) from disbursement d where d.application_id = a.id),
                       a.decided_on, a.updated_at, c.id, c.title, c.reference
                from application a join funding_call c on c.id = a.call_id
                where a.status = 'GRANTED'""");
        if (funderOrganisationId != null) {
            sql.append(" and c.funder_organisation_id = :funder");
        }
        if (year != null) {
            sql.append(" and a.decided_on >= :from and a.decided_on < :to");
        }
        if (after != null) {
            sql.append(" and a.id > :after");
        }
        sql.append(" order by a.id limit :limit");
        Query query = em.createNativeQuery(sql.toString()).setParameter("limit", limit);
        if (funderOrganisationId != null) {
            query.setParameter("funder", funderOrganisationId);
        }
        if (year != null) {
            query.setParameter("from", LocalDate.of(year, 1, 1)).setParameter("to", LocalDate.of(year + 1, 1, 1));
        }
        if (after != null) {
            query.setParameter("after", after);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(r -> new ApplicationGrantRow((UUID) r[0], (UUID) r[1], (UUID) r[2], (UUID) r[3],
                (BigDecimal) r[4], (BigDecimal) r[5], (BigDecimal) r[6], date(r[7]), instant(r[8]), (UUID) r[9],
                (String) r[10], (String) r[11])).toList();
    }

    private static LocalDate date(Object value) {
        return value == null ? null : value instanceof Date d ? d.toLocalDate() : (LocalDate) value;
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        return ((java.sql.Timestamp) value).toInstant();
    }
}
