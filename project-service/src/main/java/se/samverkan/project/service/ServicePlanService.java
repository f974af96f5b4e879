package se.samverkan.project.service;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import se.samverkan.platform.http.IfMatch;
import se.samverkan.platform.paging.PageRequest;
import se.samverkan.platform.paging.PageResponse;
import se.samverkan.platform.problem.FieldError;
import se.samverkan.platform.problem.ProblemException;
import se.samverkan.project.domain.Organisation;
import se.samverkan.project.domain.OrganisationType;
import se.samverkan.project.domain.ServicePlan;
import se.samverkan.project.domain.ServicePlanStatus;
import se.samverkan.project.repository.ServicePlanRepository;

/** The rules of service plans: one per participating municipality, a forward-only status, adoption recorded. */
@ApplicationScoped
public class ServicePlanService {

    private final ServicePlanRepository plans;
    private final ProjectService projects;
    private final ParticipationChecks checks;
    private final AccessPolicy access;
    private final ProjectEvents events;

    public ServicePlanService(ServicePlanRepository plans, ProjectService projects, ParticipationChecks checks,
            AccessPolicy access, ProjectEvents events) {
        this.events = events;
        this.plans = plans;
        this.projects = projects;
        this.checks = checks;
        this.access = access;
    }

    /** A page of them with its total, both read in one transaction. */
    @Transactional
    public PageResponse<ServicePlan> list(UUID projectId, ServicePlanRepository.Filter filter, PageRequest page) {
        projects.get(projectId);
        return PageResponse.of(plans.search(projectId, filter, page), page);
    }

    public ServicePlan get(UUID projectId, UUID id) {
        projects.get(projectId);
        return plans.findInProject(projectId, id).orElseThrow(() -> ProblemException.notFound("Service plan", id));
    }

    @Transactional
    public ServicePlan create(UUID projectId, ServicePlan draft) {
        projects.getForUpdate(projectId);
        draft.projectId = projectId;
        access.requirePlanWriter(draft.municipalityOrganisationId);
        checkRules(draft);
        plans.persistAndFlush(draft);
        if (draft.status == ServicePlanStatus.ADOPTED) {
            events.servicePlanAdopted(draft);
        }
        return draft;
    }

    @Transactional
    public ServicePlan replace(UUID projectId, UUID id, IfMatch ifMatch, Consumer<ServicePlan> changes) {
        projects.getForUpdate(projectId);
        ServicePlan plan = get(projectId, id);
        access.requirePlanWriter(plan.municipalityOrganisationId);
        ifMatch.check(plan.version);
        ServicePlanStatus from = plan.status;
        changes.accept(plan);
        // property level: the body may not move it to a municipality the caller may not write for
        access.requirePlanWriter(plan.municipalityOrganisationId);
        if (!from.canMoveTo(plan.status)) {
            String next = from == ServicePlanStatus.ADOPTED ? "no other status"
                    : ServicePlanStatus.values()[from.ordinal() + 1].name();
            throw ProblemException.conflict("status-transition", "The plan is " + from + " and can move on to " + next
                    + ", not to " + plan.status + " (NOT_STARTED → DRAFTING → CONSULTATION → ADOPTED)");
        }
        checkRules(plan);
        plans.flush();
        if (plan.status == ServicePlanStatus.ADOPTED && from != ServicePlanStatus.ADOPTED) {
            events.servicePlanAdopted(plan);
        }
        return plan;
    }

    @Transactional
    public void delete(UUID projectId, UUID id, IfMatch ifMatch) {
        ServicePlan plan = get(projectId, id);
        access.requirePlanWriter(plan.municipalityOrganisationId);
        ifMatch.check(plan.version);
        plans.delete(plan);
        plans.flush();
    }

    private void checkRules(ServicePlan plan) {
        List<FieldError> errors = new ArrayList<>();
        boolean adopted = plan.status == ServicePlanStatus.ADOPTED;
        if (adopted != (plan.adoptedOn != null)) {
            errors.add(new FieldError("adoptedOn", adopted ? "required when ADOPTED" : "only for an ADOPTED plan"));
        }
        if (adopted != (plan.adoptedBy != null)) {
            errors.add(new FieldError("adoptedBy", adopted ? "required when ADOPTED" : "only for an ADOPTED plan"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.ruleBroken("adoption", adopted
                    ? "An adopted plan records when (adoptedOn) and by whom (adoptedBy, e.g. Kommunfullmäktige) it "
                            + "was adopted"
                    : "adoptedOn and adoptedBy belong to an ADOPTED plan only; this one is " + plan.status, errors);
        }
        Organisation municipality = checks.participating(plan.projectId, plan.municipalityOrganisationId,
                "municipalityOrganisationId", EnumSet.of(OrganisationType.MUNICIPALITY),
                "a participating municipality");
        plans.findByMunicipality(plan.projectId, plan.municipalityOrganisationId)
                .filter(other -> !other.id.equals(plan.id))
                .ifPresent(other -> {
                    throw ProblemException.conflict("duplicate", municipality.name + " already has its service plan "
                            + "in this project (" + other.id + "); one plan per municipality");
                });
    }
}
