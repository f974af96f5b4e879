package se.samverkan.project.repository;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import se.samverkan.platform.paging.PageRequest;
import se.samverkan.platform.paging.Where;
import se.samverkan.project.domain.Activity;
import se.samverkan.project.domain.ActivityType;

@ApplicationScoped
public class ActivityRepository implements PanacheRepositoryBase<Activity, UUID> {

    /** The filters of {@code GET /projects/{id}/activities}; null means "any". */
    public record Filter(ActivityType type, UUID organisationId, Instant updatedSince) {
    }

    public PanacheQuery<Activity> search(UUID projectId, Filter filter, PageRequest page) {
        Where where = new Where().and("projectId = :project", "project", projectId)
                .andIf(filter.type(), "type = :type", "type")
                .andIf(filter.organisationId(),
                        "(hostOrganisationId = :organisation or :organisation member of participantOrganisationIds)",
                        "organisation")
                .since(filter.updatedSince());
        return find(where.query(), page.sort(), where.params()).page(page.panachePage());
    }

    public Optional<Activity> findInProject(UUID projectId, UUID id) {
        return find("projectId = ?1 and id = ?2", projectId, id).firstResultOptional();
    }
}
