package se.samverkan.project.repository;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import se.samverkan.project.domain.OrganisationType;
import se.samverkan.project.domain.ParticipantRole;
import se.samverkan.project.domain.ParticipationStatus;
import se.samverkan.project.domain.ProjectStatus;

/**
 * What the open-data exports read, as plain rows in a few queries per page of projects (no entities: the eager
 * collections of Project and Participant would cost a query per row). Pages are keyset pages in id order, so a page
 * costs the same at the start of 9 000 projects as at the end.
 */
@ApplicationScoped
public class ExportRepository {

    /** The export's filters; null means "any". */
    public record Filter(UUID projectId, ProjectStatus status) {
    }

    public record ProjectRow(UUID id, String code, String name, String description, UUID ownerOrganisationId,
            LocalDate startDate, LocalDate endDate, ProjectStatus status, BigDecimal totalBudget, Instant updatedAt) {
    }

    public record ParticipantRow(UUID projectId, UUID organisationId, ParticipationStatus status,
            List<ParticipantRole> roles) {
    }

    public record OrganisationRow(UUID id, OrganisationType type, String name, String organisationNumber,
            String municipalityCode, String countyCode) {
    }

    private final EntityManager em;

    public ExportRepository(EntityManager em) {
        this.em = em;
    }

    /** Up to {@code limit} projects after {@code after} (null: from the first) in id order. */
    public List<ProjectRow> projects(Filter filter, UUID after, int limit) {
        StringBuilder sql = new StringBuilder("""
                select id, code, name, description, owner_organisation_id, start_date, end_date, status,
                       total_budget, updated_at
                from project where true""");
        if (after != null) {
            sql.append(" and id > :after");
        }
        if (filter.projectId() != null) {
            sql.append(" and id = :projectId");
        }
        if (filter.status() != null) {
            sql.append(" and status = :status");
        }
        sql.append(" order by id limit :limit");
        Query query = em.createNativeQuery(sql.toString()).setParameter("limit", limit);
        if (after != null) {
            query.setParameter("after", after);
        }
        if (filter.projectId() != null) {
            query.setParameter("projectId", filter.projectId());
        }
        if (filter.status() != null) {
            query.setParameter("status", filter.status().name());
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(r -> new ProjectRow((UUID) r[0], (String) r[1], (String) r[2], (String) r[3],
                (UUID) r[4], date(r[5]), date(r[6]), ProjectStatus.valueOf((String) r[7]), (BigDecimal) r[8],
                instant(r[9]))).toList();
    }

    /** The projects with these ids, in id order. */
    public List<ProjectRow> projects(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select id, code, name, description, owner_organisation_id, start_date, end_date, status,
                       total_budget, updated_at
                from project where id in (:ids) order by id""")
                .setParameter("ids", List.copyOf(ids)).getResultList();
        return rows.stream().map(r -> new ProjectRow((UUID) r[0], (String) r[1], (String) r[2], (String) r[3],
                (UUID) r[4], date(r[5]), date(r[6]), ProjectStatus.valueOf((String) r[7]), (BigDecimal) r[8],
                instant(r[9]))).toList();
    }

    /**
     * The participants of these projects with their roles, in the order they joined the record. Each one's roles are
     * read by its key (a probe of participant_role's primary key per participant): a join let the planner scan all
     * of participant_role, 300 000 rows at the benchmark's scale 100, for every batch (issue 18).
     */
    public List<ParticipantRow> participants(Collection<UUID> projectIds) {
        if (projectIds.isEmpty()) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select p.project_id, p.organisation_id, p.status,
                       coalesce((select string_agg(r.role, ',' order by r.ordinal) from participant_role r
                                 where r.participant_id = p.id), '')
                from participant p
                where p.project_id in (:ids)
                order by p.project_id, p.created_at, p.id""")
                .setParameter("ids", List.copyOf(projectIds)).getResultList();
        return rows.stream().map(r -> new ParticipantRow((UUID) r[0], (UUID) r[1],
                ParticipationStatus.valueOf((String) r[2]), roles((String) r[3]))).toList();
    }

    public Map<UUID, OrganisationRow> organisations(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select id, type, name, organisation_number, municipality_code, county_code
                from organisation where id in (:ids)""")
                .setParameter("ids", ids.stream().distinct().toList()).getResultList();
        return rows.stream().map(r -> new OrganisationRow((UUID) r[0], OrganisationType.valueOf((String) r[1]),
                (String) r[2], (String) r[3], (String) r[4], (String) r[5]))
                .collect(Collectors.toMap(OrganisationRow::id, Function.identity()));
    }

    /** SCB's counties, code to name (21 rows). */
    public Map<String, String> countyNames() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select code, name from county").getResultList();
        return rows.stream().collect(Collectors.toMap(r -> (String) r[0], r -> (String) r[1]));
    }

    private static List<ParticipantRole> roles(String joined) {
        return joined.isEmpty() ? List.of()
                : Arrays.stream(joined.split(",")).map(ParticipantRole::valueOf).toList();
    }

    private static LocalDate date(Object value) {
        return value instanceof Date d ? d.toLocalDate() : (LocalDate) value;
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        return ((java.sql.Timestamp) value).toInstant();
    }
}
