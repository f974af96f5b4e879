package se.samverkan.project.repository;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.FlushMode;
import org.hibernate.jpa.HibernateHints;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import se.samverkan.platform.paging.PageRequest;
import se.samverkan.platform.paging.Where;
import se.samverkan.project.domain.StaffAssignment;
import se.samverkan.project.domain.StaffRole;

@ApplicationScoped
public class StaffAssignmentRepository implements PanacheRepositoryBase<StaffAssignment, UUID> {

    /** The filters of {@code GET /projects/{id}/staff}; null means "any". */
    public record Filter(StaffRole role, UUID placedAtOrganisationId, Instant updatedSince) {
    }

    public PanacheQuery<StaffAssignment> search(UUID projectId, Filter filter, PageRequest page) {
        Where where = new Where().and("projectId = :project", "project", projectId)
                .andIf(filter.role(), "role = :role", "role")
                .andIf(filter.placedAtOrganisationId(), "placedAtOrganisationId = :placedAt", "placedAt")
                .since(filter.updatedSince());
        return find(where.query(), page.sort(), where.params()).page(page.panachePage());
    }

    public Optional<StaffAssignment> findInProject(UUID projectId, UUID id) {
        return find("projectId = ?1 and id = ?2", projectId, id).firstResultOptional();
    }

    /** The person's assignments in the project whose period overlaps the given one. */
    public List<StaffAssignment> overlapping(UUID projectId, String personKey, LocalDate start, LocalDate end) {
        return find("projectId = ?1 and personKey = ?2 and startDate <= ?4 and endDate >= ?3", projectId, personKey,
                start, end).withHint(HibernateHints.HINT_FLUSH_MODE, FlushMode.COMMIT).list();
    }

    /** Assignments that would fall outside the period if the project's period became this one. */
    public long countOutside(UUID projectId, LocalDate start, LocalDate end) {
        return count("projectId = ?1 and (startDate < ?2 or endDate > ?3)", projectId, start, end);
    }
}
