package se.samverkan.funding.repository;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import se.samverkan.funding.domain.Report;
import se.samverkan.funding.domain.ReportKind;
import se.samverkan.funding.domain.ReportStatus;
import se.samverkan.platform.paging.PageRequest;
import se.samverkan.platform.paging.Where;

@ApplicationScoped
public class ReportRepository implements PanacheRepositoryBase<Report, UUID> {

    /** The filters of {@code GET /reports}; null means "any". */
    public record Filter(UUID projectId, UUID funderOrganisationId, UUID applicationId, UUID coFundingId,
            ReportKind kind, ReportStatus status, Instant updatedSince) {
    }

    public PanacheQuery<Report> search(Filter filter, PageRequest page) {
        Where where = new Where().eq("projectId", "project", filter.projectId())
                .eq("funderOrganisationId", "funder", filter.funderOrganisationId())
                .eq("applicationId", "application", filter.applicationId())
                .eq("coFundingId", "coFunding", filter.coFundingId())
                .eq("kind", "kind", filter.kind()).eq("status", "status", filter.status())
                .since(filter.updatedSince());
        return find(where.query(), page.sort(), where.params()).page(page.panachePage());
    }

    /**
     * Up to {@code limit} reports waiting for their recipient whose due date is before {@code today}; locked,
     * skipping those another replica holds, so each is marked overdue once.
     */
    public List<UUID> lockBecomingOverdue(LocalDate today, int limit) {
        @SuppressWarnings("unchecked")
        List<UUID> ids = getEntityManager().createNativeQuery("""
                select id from report
                where status in ('DUE', 'RETURNED') and due_on < ?1
                order by due_on, id
                limit ?2
                for update skip locked""")
                .setParameter(1, today).setParameter(2, limit)
                .getResultList();
        return ids;
    }

    /** The payment claims of a grant (or commitment) that cover the year and are not approved, earliest due first. */
    public List<Report> unapprovedClaims(UUID applicationId, UUID coFundingId, int year) {
        return find("kind = ?1 and status <> ?2 and (applicationId = ?3 or coFundingId = ?4) "
                + "and year(periodStart) <= ?5 and year(periodEnd) >= ?5 order by dueOn, id",
                ReportKind.PAYMENT_CLAIM, ReportStatus.APPROVED, orNone(applicationId), orNone(coFundingId), year)
                .list();
    }

    /** A project's reports counted by status, in one query; statuses without reports count 0. */
    public Map<ReportStatus, Long> countByStatus(UUID projectId) {
        Map<ReportStatus, Long> counts = new EnumMap<>(ReportStatus.class);
        for (ReportStatus status : ReportStatus.values()) {
            counts.put(status, 0L);
        }
        getEntityManager().createQuery("select r.status, count(r) from Report r where r.projectId = :project "
                + "group by r.status", Object[].class).setParameter("project", projectId).getResultList()
                .forEach(row -> counts.put((ReportStatus) row[0], ((Number) row[1]).longValue()));
        return counts;
    }

    /** Every report's count by a key (the project's or the funder's id) and status, in one query. */
    public List<Object[]> countByStatus(String key) {
        String attribute = switch (key) {
            case "project" -> "r.projectId";
            case "funder" -> "r.funderOrganisationId";
            default -> throw new IllegalArgumentException(key);
        };
        return getEntityManager().createQuery("select " + attribute + ", r.status, count(r) from Report r group by "
                + attribute + ", r.status order by " + attribute, Object[].class).getResultList();
    }

    private static UUID orNone(UUID id) {
        return id != null ? id : new UUID(0, 0);
    }
}
