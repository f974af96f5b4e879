package se.samverkan.funding.repository;

import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import se.samverkan.funding.domain.Application;
import se.samverkan.funding.domain.ApplicationStatus;
import se.samverkan.platform.paging.PageRequest;
import se.samverkan.platform.paging.Where;

@ApplicationScoped
public class ApplicationRepository implements PanacheRepositoryBase<Application, UUID> {

    /** The filters of {@code GET /applications}; null means "any". */
    public record Filter(UUID callId, UUID projectId, UUID applicantOrganisationId, ApplicationStatus status,
            Instant updatedSince) {
    }

    public PanacheQuery<Application> search(Filter filter, PageRequest page) {
        Where where = new Where().eq("callId", "call", filter.callId()).eq("projectId", "project", filter.projectId())
                .eq("applicantOrganisationId", "applicant", filter.applicantOrganisationId())
                .eq("status", "status", filter.status())
                .since(filter.updatedSince());
        return find(where.query(), page.sort(), where.params()).page(page.panachePage());
    }

    public long countForCall(UUID callId) {
        return count("callId", callId);
    }
}
