package se.samverkan.funding.repository;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import se.samverkan.funding.domain.CoFunding;
import se.samverkan.funding.domain.CoFundingKind;
import se.samverkan.funding.domain.CoFundingStatus;
import se.samverkan.platform.paging.PageRequest;
import se.samverkan.platform.paging.Where;

@ApplicationScoped
public class CoFundingRepository implements PanacheRepositoryBase<CoFunding, UUID> {

    /** The filters of {@code GET /co-funding}; null means "any". */
    public record Filter(UUID projectId, UUID funderOrganisationId, CoFundingKind kind, CoFundingStatus status,
            Instant updatedSince) {
    }

    public PanacheQuery<CoFunding> search(Filter filter, PageRequest page) {
        Where where = new Where().eq("projectId", "project", filter.projectId())
                .eq("funderOrganisationId", "funder", filter.funderOrganisationId())
                .eq("kind", "kind", filter.kind()).eq("status", "status", filter.status())
                .since(filter.updatedSince());
        return find(where.query(), page.sort(), where.params()).page(page.panachePage());
    }

    /** The sum of the commitments' totals; zero for none. */
    public BigDecimal totalOf(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return BigDecimal.ZERO;
        }
        BigDecimal total = getEntityManager().createQuery(
                "select sum(c.totalAmount) from CoFunding c where c.id in :ids", BigDecimal.class)
                .setParameter("ids", ids).getSingleResult();
        return total == null ? BigDecimal.ZERO : total;
    }

    /**
     * Up to {@code limit} approved commitments, not yet legally final, whose appeal window ended before
     * {@code today} and whose decision has no appeal pending; locked, skipping those another replica holds, so each
     * is settled once.
     */
    public List<UUID> lockBecomingLegallyFinal(LocalDate today, int limit) {
        @SuppressWarnings("unchecked")
        List<UUID> ids = getEntityManager().createNativeQuery("""
                select id from co_funding
                where status = 'APPROVED' and not legally_final and appeal_window_ends_on < ?1
                  and not exists (select 1 from decision_appeal a
                                  where a.decision_case_id = co_funding.decision_case_id and a.outcome is null)
                order by appeal_window_ends_on, id
                limit ?2
                for update skip locked""")
                .setParameter(1, today).setParameter(2, limit)
                .getResultList();
        return ids;
    }
}
