package se.samverkan.funding.repository;

import java.math.BigDecimal;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import se.samverkan.funding.domain.Disbursement;
import se.samverkan.platform.paging.PageRequest;

@ApplicationScoped
public class DisbursementRepository implements PanacheRepositoryBase<Disbursement, UUID> {

    /** The filters of {@code GET /disbursements}; null means "any". */
    public record Filter(UUID coFundingId, UUID applicationId, Integer year) {
    }

    public PanacheQuery<Disbursement> search(Filter filter, PageRequest page) {
        Where where = new Where().eq("coFundingId", "coFunding", filter.coFundingId())
                .eq("applicationId", "application", filter.applicationId()).eq("year", "year", filter.year());
        return find(where.query(), page.sort(), where.params()).page(page.panachePage());
    }

    /** What has been paid against a commitment for one year. */
    public BigDecimal paidForYear(UUID coFundingId, int year) {
        return getEntityManager().createQuery(
                "select coalesce(sum(d.amount), 0) from Disbursement d where d.coFundingId = :id and d.year = :year",
                BigDecimal.class).setParameter("id", coFundingId).setParameter("year", year).getSingleResult();
    }

    /** What has been paid against a grant in total. */
    public BigDecimal paidForApplication(UUID applicationId) {
        return getEntityManager().createQuery(
                "select coalesce(sum(d.amount), 0) from Disbursement d where d.applicationId = :id", BigDecimal.class)
                .setParameter("id", applicationId).getSingleResult();
    }
}
