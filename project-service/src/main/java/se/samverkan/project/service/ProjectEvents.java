package se.samverkan.project.service;

import static se.samverkan.platform.events.EventCatalog.type;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import se.samverkan.platform.events.EventCatalog;
import se.samverkan.platform.events.EventData;
import se.samverkan.platform.events.Outbox;
import se.samverkan.project.domain.Participant;
import se.samverkan.project.domain.ParticipationStatus;
import se.samverkan.project.domain.Project;
import se.samverkan.project.domain.ServicePlan;
import se.samverkan.project.domain.ServiceSolution;

/**
 * The events project-service's writes emit, each inside the write's transaction. Their data holds ids, codes,
 * statuses, dates and amounts: no staff (no person's name or e-mail) and no free text (descriptions, objectives).
 */
@ApplicationScoped
public class ProjectEvents implements EventCatalog {

    static final String PROJECT = "project";
    static final String PARTICIPANT = "participant";
    static final String SERVICE_PLAN = "service-plan";
    static final String SERVICE_SOLUTION = "service-solution";

    private static final Set<String> TYPES = Set.of(
            type(PROJECT, "created"), type(PROJECT, "updated"),
            type(PARTICIPANT, "added"), type(PARTICIPANT, "status-changed"),
            type(SERVICE_PLAN, "adopted"),
            type(SERVICE_SOLUTION, "started"));

    private final Outbox outbox;

    public ProjectEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public Set<String> types() {
        return TYPES;
    }

    void projectCreated(Project p) {
        outbox.emit(PROJECT, p.id, "created", "/projects/" + p.id, project(p));
    }

    /** @param changedFields the API names of the fields this version changed */
    void projectUpdated(Project p, List<String> changedFields) {
        Map<String, Object> data = project(p);
        data.put("changedFields", changedFields);
        outbox.emit(PROJECT, p.id, "updated", "/projects/" + p.id, data);
    }

    void participantAdded(Participant p) {
        outbox.emit(PARTICIPANT, p.id, "added", participantPath(p), participant(p));
    }

    void participantStatusChanged(Participant p, ParticipationStatus from) {
        Map<String, Object> data = participant(p);
        data.put("previousStatus", from);
        outbox.emit(PARTICIPANT, p.id, "status-changed", participantPath(p), data);
    }

    void servicePlanAdopted(ServicePlan plan) {
        outbox.emit(SERVICE_PLAN, plan.id, "adopted", "/projects/" + plan.projectId + "/service-plans/" + plan.id,
                EventData.of("servicePlanId", plan.id, "projectId", plan.projectId,
                        "municipalityOrganisationId", plan.municipalityOrganisationId, "status", plan.status,
                        "adoptedOn", plan.adoptedOn, "version", plan.version));
    }

    void serviceSolutionStarted(ServiceSolution s) {
        outbox.emit(SERVICE_SOLUTION, s.id, "started", "/projects/" + s.projectId + "/service-solutions/" + s.id,
                EventData.of("serviceSolutionId", s.id, "projectId", s.projectId,
                        "municipalityOrganisationId", s.municipalityOrganisationId, "category", s.category,
                        "status", s.status, "startedOn", s.startedOn,
                        "partnerOrganisationIds", List.copyOf(s.partnerOrganisationIds), "version", s.version));
    }

    /** The API names of the fields that differ between two versions' field maps (amounts compared by value). */
    static List<String> changedFields(Map<String, Object> before, Map<String, Object> after) {
        return after.keySet().stream().filter(name -> !same(before.get(name), after.get(name))).sorted().toList();
    }

    private static boolean same(Object a, Object b) {
        if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
            return x.compareTo(y) == 0;
        }
        return Objects.equals(a, b);
    }

    private static Map<String, Object> project(Project p) {
        return EventData.of("projectId", p.id, "code", p.code, "name", p.name,
                "ownerOrganisationId", p.ownerOrganisationId, "startDate", p.startDate, "endDate", p.endDate,
                "status", p.status, "totalBudget", p.totalBudget, "version", p.version);
    }

    private static Map<String, Object> participant(Participant p) {
        return EventData.of("participantId", p.id, "projectId", p.projectId, "organisationId", p.organisationId,
                "roles", List.copyOf(p.roles), "level", p.level, "status", p.status, "joinedOn", p.joinedOn,
                "leftOn", p.leftOn, "version", p.version);
    }

    private static String participantPath(Participant p) {
        return "/projects/" + p.projectId + "/participants/" + p.id;
    }
}
