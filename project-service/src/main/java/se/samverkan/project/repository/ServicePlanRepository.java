package se.samverkan.project.repository;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.FlushMode;
import org.hibernate.jpa.HibernateHints;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import se.samverkan.platform.paging.PageRequest;
import se.samverkan.platform.paging.Where;
import se.samverkan.project.domain.ServicePlan;
import se.samverkan.project.domain.ServicePlanStatus;

@ApplicationScoped
public class ServicePlanRepository implements PanacheRepositoryBase<ServicePlan, UUID> {

    /** The filters of {@code GET /projects/{id}/service-plans}; null means "any". */
    public record Filter(ServicePlanStatus status, UUID municipalityOrganisationId, Instant updatedSince) {
    }

    public PanacheQuery<ServicePlan> search(UUID projectId, Filter filter, PageRequest page) {
        Where where = new Where().and("projectId = :project", "project", projectId)
                .andIf(filter.status(), "status = :status", "status")
                .andIf(filter.municipalityOrganisationId(), "municipalityOrganisationId = :municipality",
                        "municipality")
                .since(filter.updatedSince());
        return find(where.query(), page.sort(), where.params()).page(page.panachePage());
    }

    public Optional<ServicePlan> findInProject(UUID projectId, UUID id) {
        return find("projectId = ?1 and id = ?2", projectId, id).firstResultOptional();
    }

    public Optional<ServicePlan> findByMunicipality(UUID projectId, UUID municipalityOrganisationId) {
        return find("projectId = ?1 and municipalityOrganisationId = ?2", projectId, municipalityOrganisationId)
                .withHint(HibernateHints.HINT_FLUSH_MODE, FlushMode.COMMIT).firstResultOptional();
    }
}
