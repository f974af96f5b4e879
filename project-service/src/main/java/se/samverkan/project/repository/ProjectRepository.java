package se.samverkan.project.repository;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import org.hibernate.FlushMode;
import org.hibernate.jpa.HibernateHints;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import se.samverkan.platform.json.Text;
import se.samverkan.platform.paging.PageRequest;
import se.samverkan.platform.paging.Where;
import se.samverkan.project.domain.Project;
import se.samverkan.project.domain.ProjectStatus;

@ApplicationScoped
public class ProjectRepository implements PanacheRepositoryBase<Project, UUID> {

    /**
     * The filters of {@code GET /projects}; null means "any". {@code q} is part of the name, case- and
     * accent-insensitive; a participant is an organisation in the project's participants, whatever its status.
     */
    public record Filter(String code, String q, ProjectStatus status, UUID ownerOrganisationId,
            UUID participantOrganisationId, Instant updatedSince) {
    }

    public PanacheQuery<Project> search(Filter filter, PageRequest page) {
        Where where = new Where()
                .eq("code", "code", filter.code())
                .andIf(filter.q() == null ? null : Text.likeContains(Text.fold(filter.q())),
                        "nameFolded like :q escape '\\'", "q")
                .andIf(filter.status(), "status = :status", "status")
                .andIf(filter.ownerOrganisationId(), "ownerOrganisationId = :owner", "owner")
                .andIf(filter.participantOrganisationId(),
                        "id in (select p.projectId from Participant p where p.organisationId = :participant)",
                        "participant")
                .since(filter.updatedSince());
        return find(where.query(), page.sort(), where.params()).page(page.panachePage());
    }

    public Optional<Project> findByCode(String code) {
        return find("code", code).withHint(HibernateHints.HINT_FLUSH_MODE, FlushMode.COMMIT).firstResultOptional();
    }

    /**
     * Reads the project and locks its row until the transaction ends, so that rules over several rows of the
     * project (one participant per organisation, a person's total FTE) are checked one writer at a time.
     */
    public Optional<Project> findForUpdate(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    public long countOwnedBy(UUID organisationId) {
        return count("ownerOrganisationId", organisationId);
    }
}
