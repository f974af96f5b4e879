package se.samverkan.project.service;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.databind.JsonNode;

import se.samverkan.platform.audit.Actor;
import se.samverkan.platform.history.History;
import se.samverkan.platform.history.HistoryEntry;
import se.samverkan.platform.http.IfMatch;
import se.samverkan.platform.paging.PageRequest;
import se.samverkan.platform.paging.PageResponse;
import se.samverkan.platform.problem.FieldError;
import se.samverkan.platform.problem.ProblemException;
import se.samverkan.project.domain.Project;
import se.samverkan.project.repository.ProjectRepository;
import se.samverkan.project.repository.ReferenceRepository;
import se.samverkan.project.repository.StaffAssignmentRepository;

/** The rules of projects: a unique code, an owner in the registry, a period that holds its staff. */
@ApplicationScoped
public class ProjectService {

    public static final String HISTORY_TYPE = "project";

    private final ProjectRepository projects;
    private final StaffAssignmentRepository staff;
    private final ReferenceRepository references;
    private final ParticipationChecks checks;
    private final History history;
    private final ProjectEvents events;

    public ProjectService(ProjectRepository projects, StaffAssignmentRepository staff, ReferenceRepository references,
            ParticipationChecks checks, History history, ProjectEvents events) {
        this.events = events;
        this.projects = projects;
        this.staff = staff;
        this.references = references;
        this.checks = checks;
        this.history = history;
    }

    public Project get(UUID id) {
        return projects.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Project", id));
    }

    /** The project, locked until the transaction ends: rules over several of its rows are checked one at a time. */
    Project getForUpdate(UUID id) {
        return projects.findForUpdate(id).orElseThrow(() -> ProblemException.notFound("Project", id));
    }

    /** A page of them with its total, both read in one transaction. */
    @Transactional
    public PageResponse<Project> list(ProjectRepository.Filter filter, PageRequest page) {
        return PageResponse.of(projects.search(filter, page), page);
    }

    @Transactional
    public Project create(Project draft) {
        checkRules(draft);
        projects.persistAndFlush(draft);
        history.record(HISTORY_TYPE, draft.id, draft.version, HistoryEntry.Action.CREATED, snapshot(draft));
        events.projectCreated(draft);
        return draft;
    }

    /** Replaces a project's fields (an amended period, say); each version is kept in its history. */
    @Transactional
    public Project replace(UUID id, IfMatch ifMatch, Consumer<Project> changes) {
        Project project = getForUpdate(id);
        ifMatch.check(project.version);
        long before = project.version;
        Map<String, Object> fieldsBefore = fields(project);
        changes.accept(project);
        checkRules(project);
        long outside = staff.countOutside(project.id, project.startDate, project.endDate);
        if (outside > 0) {
            throw ProblemException.ruleBroken("staff-outside-period", outside + " staff assignment(s) of "
                    + project.name + " lie outside " + project.startDate + " – " + project.endDate
                    + "; shorten them before the project's period", List.of(new FieldError("startDate",
                            "staff assignments lie outside this period")));
        }
        projects.flush();
        if (project.version != before) { // a PUT that changes nothing makes no new version
            history.record(HISTORY_TYPE, project.id, project.version, HistoryEntry.Action.UPDATED, snapshot(project));
            events.projectUpdated(project, ProjectEvents.changedFields(fieldsBefore, fields(project)));
        }
        return project;
    }

    @Transactional
    public void delete(UUID id, IfMatch ifMatch) {
        Project project = getForUpdate(id);
        ifMatch.check(project.version);
        Map<String, Long> referring = references.toProject(id);
        if (!referring.isEmpty()) {
            throw ProblemException.conflict("referenced", "Project " + project.code + " still has "
                    + ReferenceRepository.describe(referring) + "; delete those first");
        }
        history.record(HISTORY_TYPE, project.id, project.version, HistoryEntry.Action.DELETED, snapshot(project));
        projects.delete(project);
        projects.flush();
    }

    /**
     * The project as it was at an instant, from its history; 404 before it existed or once deleted. A version's
     * snapshot has what a client sees but the id and who created it when: those are the first version's.
     */
    @Transactional
    public History.Memento<Project> asOf(UUID id, Instant instant) {
        History.Memento<Project> then = history.asOf(HISTORY_TYPE, "Project", id, instant, Project.class);
        Project project = then.resource();
        History.AsOf asOf = then.asOf();
        project.id = id;
        project.createdAt = asOf.firstState().hasNonNull("updatedAt")
                ? Instant.parse(asOf.firstState().get("updatedAt").asText()) : asOf.firstRecordedAt();
        // who created it, in which role and organisation: as the first version's author was recorded
        JsonNode first = asOf.firstState();
        Actor creator = first.hasNonNull("updatedBy") ? new Actor(first.get("updatedBy").asText(),
                first.hasNonNull("updatedByRole") ? first.get("updatedByRole").asText() : null,
                first.hasNonNull("updatedByOrg") ? UUID.fromString(first.get("updatedByOrg").asText()) : null)
                : asOf.firstRecordedBy();
        project.createdBy = creator.subject();
        project.createdByRole = creator.role();
        project.createdByOrg = creator.organisationId();
        return then;
    }

    /** A page of the project's versions, oldest first; still readable after a delete. */
    @Transactional
    public PageResponse<HistoryEntry> history(UUID id, PageRequest request) {
        PageResponse<HistoryEntry> entries = history.of(HISTORY_TYPE, id, request);
        if (entries.totalItems() == 0) {
            get(id);
        }
        return entries;
    }

    private void checkRules(Project p) {
        if (!p.endDate.isAfter(p.startDate)) {
            throw ProblemException.ruleBroken("period", "The project ends " + p.endDate + ", which is not after its "
                    + "start "
                    + p.startDate, List.of(new FieldError("endDate", "must be after startDate")));
        }
        checks.existing(p.ownerOrganisationId, "ownerOrganisationId");
        projects.findByCode(p.code).filter(other -> !other.id.equals(p.id)).ifPresent(other -> {
            throw ProblemException.conflict("duplicate", "Project code " + p.code + " is already used by "
                    + other.name + " (" + other.id + ")");
        });
    }

    /** What the history keeps of a version: the fields a client sees. */
    private static Map<String, Object> snapshot(Project p) {
        Map<String, Object> snapshot = fields(p);
        snapshot.putAll(Snapshots.of("version", p.version, "updatedAt", p.updatedAt, "updatedBy", p.updatedBy,
                "updatedByRole", p.updatedByRole, "updatedByOrg", p.updatedByOrg));
        return snapshot;
    }

    /** The fields a client sets. */
    private static Map<String, Object> fields(Project p) {
        return Snapshots.of("code", p.code, "name", p.name, "description", p.description,
                "ownerOrganisationId", p.ownerOrganisationId, "startDate", p.startDate, "endDate", p.endDate,
                "status", p.status, "objectives", List.copyOf(p.objectives), "totalBudget", p.totalBudget);
    }
}
