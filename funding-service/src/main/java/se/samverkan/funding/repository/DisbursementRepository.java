package se.samverkan.funding.repository;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import se.samverkan.funding.domain.Disbursement;
import se.samverkan.platform.paging.PageRequest;
import se.samverkan.platform.paging.Where;

@ApplicationScoped
public class DisbursementRepository implements PanacheRepositoryBase<Disbursement, UUID> {

    /** The filters of {@code GET /disbursements}; null means "any". */
    public record Filter(UUID coFundingId, UUID applicationId, Integer year, Instant updatedSince) {
    }

    public PanacheQuery<Disbursement> search(Filter filter, PageRequest page) {
        Where where = new Where().eq("coFundingId", "coFunding", filter.coFundingId())
                .eq("applicationId", "application", filter.applicationId()).eq("year", "year", filter.year())
                .since(filter.updatedSince());
        return find(where.query(), page.sort(), where.params()).page(page.panachePage());
    }

    /** What the other disbursements (all but {@code except}, which may be null) paid against a commitment's year. */
    public BigDecimal paidForYear(UUID coFundingId, int year, UUID except) {
        return getEntityManager().createQuery("select coalesce(sum(d.amount), 0) from Disbursement d "
                + "where d.coFundingId = :id and d.year = :year and d.id <> :except", BigDecimal.class)
                .setParameter("id", coFundingId).setParameter("year", year).setParameter("except", orNone(except))
                .getSingleResult();
    }

    /** What the other disbursements (all but {@code except}, which may be null) paid against a grant in total. */
    public BigDecimal paidForApplication(UUID applicationId, UUID except) {
        return getEntityManager().createQuery("select coalesce(sum(d.amount), 0) from Disbursement d "
                + "where d.applicationId = :id and d.id <> :except", BigDecimal.class)
                .setParameter("id", applicationId).setParameter("except", orNone(except)).getSingleResult();
    }

    private static UUID orNone(UUID id) {
        return id != null ? id : new UUID(0, 0);
    }
}
