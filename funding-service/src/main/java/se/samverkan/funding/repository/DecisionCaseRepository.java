package se.samverkan.funding.repository;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import se.samverkan.funding.domain.DecisionCase;
import se.samverkan.platform.paging.PageRequest;
import se.samverkan.platform.paging.Where;

@ApplicationScoped
public class DecisionCaseRepository implements PanacheRepositoryBase<DecisionCase, UUID> {

    /** The filters of {@code GET /decision-cases}; null means "any". */
    public record Filter(UUID organisationId, String caseNumber, UUID coFundingId) {
    }

    public PanacheQuery<DecisionCase> search(Filter filter, PageRequest page) {
        Where where = new Where().eq("organisationId", "organisation", filter.organisationId())
                .eq("caseNumber", "caseNumber", filter.caseNumber());
        if (filter.coFundingId() != null) {
            where.and(":coFunding member of coFundingIds", "coFunding", filter.coFundingId());
        }
        return find(where.query(), page.sort(), where.params()).page(page.panachePage());
    }

    /** How many cases decide, or will decide, the commitment. */
    public long countDeciding(UUID coFundingId) {
        return count("?1 member of coFundingIds", coFundingId);
    }
}
