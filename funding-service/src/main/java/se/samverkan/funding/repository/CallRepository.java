package se.samverkan.funding.repository;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import se.samverkan.funding.domain.CallStatus;
import se.samverkan.funding.domain.FundingCall;
import se.samverkan.platform.paging.PageRequest;
import se.samverkan.platform.paging.Where;

@ApplicationScoped
public class CallRepository implements PanacheRepositoryBase<FundingCall, UUID> {

    /** The filters of {@code GET /calls}; null means "any". */
    public record Filter(UUID funderOrganisationId, CallStatus status, Instant updatedSince) {
    }

    /** The status filter is {@link FundingCall#status} as a query; CallStatusFilterTest fails when the two differ. */
    public PanacheQuery<FundingCall> search(Filter filter, LocalDate today, PageRequest page) {
        Where where = new Where().eq("funderOrganisationId", "funder", filter.funderOrganisationId())
                .since(filter.updatedSince());
        if (filter.status() != null) {
            switch (filter.status()) {
                case CANCELLED -> where.and("cancelled = :cancelled", "cancelled", true);
                case UPCOMING -> where.and("cancelled = false and opensOn > :today", "today", today);
                case OPEN -> where.and("cancelled = false and opensOn <= :today and closesOn >= :today", "today", today);
                case CLOSED -> where.and("cancelled = false and closesOn < :today", "today", today);
            }
        }
        return find(where.query(), page.sort(), where.params()).page(page.panachePage());
    }
}
