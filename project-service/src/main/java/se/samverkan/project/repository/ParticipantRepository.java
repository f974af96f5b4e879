package se.samverkan.project.repository;

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
import se.samverkan.project.domain.OrganisationType;
import se.samverkan.project.domain.Participant;
import se.samverkan.project.domain.ParticipantRole;
import se.samverkan.project.domain.ParticipationStatus;

@ApplicationScoped
public class ParticipantRepository implements PanacheRepositoryBase<Participant, UUID> {

    /** The filters of {@code GET /projects/{id}/participants}; null means "any". */
    public record Filter(OrganisationType.Level level, ParticipationStatus status, ParticipantRole role,
            UUID organisationId) {
    }

    public PanacheQuery<Participant> search(UUID projectId, Filter filter, PageRequest page) {
        Where where = new Where().and("projectId = :project", "project", projectId)
                .andIf(filter.level(), "level = :level", "level")
                .andIf(filter.status(), "status = :status", "status")
                .andIf(filter.role(), ":role member of roles", "role")
                .andIf(filter.organisationId(), "organisationId = :organisation", "organisation");
        return find(where.query(), page.sort(), where.params()).page(page.panachePage());
    }

    public Optional<Participant> findInProject(UUID projectId, UUID id) {
        return find("projectId = ?1 and id = ?2", projectId, id).firstResultOptional();
    }

    public Optional<Participant> findByOrganisation(UUID projectId, UUID organisationId) {
        return find("projectId = ?1 and organisationId = ?2", projectId, organisationId)
                .withHint(HibernateHints.HINT_FLUSH_MODE, FlushMode.COMMIT).firstResultOptional();
    }

    /** The organisations among the given ones that take part in the project (not withdrawn). */
    public List<UUID> participatingAmong(UUID projectId, List<UUID> organisationIds) {
        return getEntityManager().createQuery("""
                select p.organisationId from Participant p
                where p.projectId = :project and p.organisationId in :organisations and p.status <> :withdrawn""",
                UUID.class)
                .setParameter("project", projectId).setParameter("organisations", organisationIds)
                .setParameter("withdrawn", ParticipationStatus.WITHDRAWN)
                .getResultList();
    }

    /** Keeps the derived level right when an organisation's type is changed in the registry. */
    public void updateLevel(UUID organisationId, OrganisationType.Level level) {
        update("level = ?1 where organisationId = ?2", level, organisationId);
    }
}
