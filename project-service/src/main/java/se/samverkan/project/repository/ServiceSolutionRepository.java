package se.samverkan.project.repository;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import se.samverkan.platform.paging.PageRequest;
import se.samverkan.platform.paging.Where;
import se.samverkan.project.domain.ServiceSolution;
import se.samverkan.project.domain.ServiceSolutionCategory;
import se.samverkan.project.domain.ServiceSolutionStatus;

@ApplicationScoped
public class ServiceSolutionRepository implements PanacheRepositoryBase<ServiceSolution, UUID> {

    /** The filters of {@code GET /projects/{id}/service-solutions}; null means "any". */
    public record Filter(ServiceSolutionStatus status, ServiceSolutionCategory category,
            UUID municipalityOrganisationId, Instant updatedSince) {
    }

    public PanacheQuery<ServiceSolution> search(UUID projectId, Filter filter, PageRequest page) {
        Where where = new Where().and("projectId = :project", "project", projectId)
                .andIf(filter.status(), "status = :status", "status")
                .andIf(filter.category(), "category = :category", "category")
                .andIf(filter.municipalityOrganisationId(), "municipalityOrganisationId = :municipality",
                        "municipality")
                .since(filter.updatedSince());
        return find(where.query(), page.sort(), where.params()).page(page.panachePage());
    }

    public Optional<ServiceSolution> findInProject(UUID projectId, UUID id) {
        return find("projectId = ?1 and id = ?2", projectId, id).firstResultOptional();
    }
}
