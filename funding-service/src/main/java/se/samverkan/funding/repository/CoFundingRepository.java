package se.samverkan.funding.repository;

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
    public record Filter(UUID projectId, UUID funderOrganisationId, CoFundingKind kind, CoFundingStatus status) {
    }

    public PanacheQuery<CoFunding> search(Filter filter, PageRequest page) {
        Where where = new Where().eq("projectId", "project", filter.projectId())
                .eq("funderOrganisationId", "funder", filter.funderOrganisationId())
                .eq("kind", "kind", filter.kind()).eq("status", "status", filter.status());
        return find(where.query(), page.sort(), where.params()).page(page.panachePage());
    }
}
