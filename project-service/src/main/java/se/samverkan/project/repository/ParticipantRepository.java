package se.samverkan.project.repository;

import java.math.BigDecimal;
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
import se.samverkan.project.domain.OrganisationType;
import se.samverkan.project.domain.Participant;
import se.samverkan.project.domain.ParticipantRole;
import se.samverkan.project.domain.ParticipationStatus;
import se.samverkan.project.domain.ProjectStatus;

@ApplicationScoped
public class ParticipantRepository implements PanacheRepositoryBase<Participant, UUID> {

    /** The filters of {@code GET /projects/{id}/participants}; null means "any". */
    public record Filter(OrganisationType.Level level, ParticipationStatus status, ParticipantRole role,
            UUID organisationId, Instant updatedSince) {
    }

    public PanacheQuery<Participant> search(UUID projectId, Filter filter, PageRequest page) {
        Where where = new Where().and("projectId = :project", "project", projectId)
                .andIf(filter.level(), "level = :level", "level")
                .andIf(filter.status(), "status = :status", "status")
                .andIf(filter.role(), ":role member of roles", "role")
                .andIf(filter.organisationId(), "organisationId = :organisation", "organisation")
                .since(filter.updatedSince());
        return find(where.query(), page.sort(), where.params()).page(page.panachePage());
    }

    public Optional<Participant> findInProject(UUID projectId, UUID id) {
        return find("projectId = ?1 and id = ?2", projectId, id).firstResultOptional();
    }

    public Optional<Participant> findByOrganisation(UUID projectId, UUID organisationId) {
        return find("projectId = ?1 and organisationId = ?2", projectId, organisationId)
                .withHint(HibernateHints.HINT_FLUSH_MODE, FlushMode.COMMIT).firstResultOptional();
    }

    /**
     * A project's owner and period, an organisation and its participation in the project, in one query (for other
     * services' reference checks). Empty when there is no such project; the organisation's and the participation's
     * columns are null when the registry has no such organisation or it does not take part.
     */
    public record Standing(UUID projectId, UUID ownerOrganisationId, LocalDate startDate, LocalDate endDate,
            ProjectStatus projectStatus, BigDecimal totalBudget, UUID organisationId, OrganisationType organisationType, String organisationName,
            String countyCode, UUID participantId, ParticipationStatus participationStatus) {
    }

    public Optional<Standing> standing(UUID projectId, UUID organisationId) {
        return getEntityManager().createQuery("""
                select new se.samverkan.project.repository.ParticipantRepository$Standing(
                    p.id, p.ownerOrganisationId, p.startDate, p.endDate, p.status, p.totalBudget,
                    o.id, o.type, o.name, o.countyCode, pa.id, pa.status)
                from Project p
                left join Organisation o on o.id = :organisation
                left join Participant pa on pa.projectId = p.id and pa.organisationId = :organisation
                where p.id = :project""", Standing.class)
                .setParameter("project", projectId).setParameter("organisation", organisationId)
                .getResultStream().findFirst();
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
