package se.samverkan.project.service;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.UUID;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import se.samverkan.platform.http.IfMatch;
import se.samverkan.platform.paging.PageRequest;
import se.samverkan.platform.paging.PageResponse;
import se.samverkan.platform.problem.ProblemException;
import se.samverkan.project.domain.OrganisationType;
import se.samverkan.project.domain.ServiceSolution;
import se.samverkan.project.domain.ServiceSolutionStatus;
import se.samverkan.project.repository.ServiceSolutionRepository;

/** The rules of service solutions: in a participating municipality, with local partners that exist. */
@ApplicationScoped
public class ServiceSolutionService {

    private final ServiceSolutionRepository solutions;
    private final ProjectService projects;
    private final ParticipationChecks checks;
    private final AccessPolicy access;
    private final ProjectEvents events;

    public ServiceSolutionService(ServiceSolutionRepository solutions, ProjectService projects,
            ParticipationChecks checks, AccessPolicy access, ProjectEvents events) {
        this.events = events;
        this.solutions = solutions;
        this.projects = projects;
        this.checks = checks;
        this.access = access;
    }

    /** A page of them with its total, both read in one transaction. */
    @Transactional
    public PageResponse<ServiceSolution> list(UUID projectId, ServiceSolutionRepository.Filter filter,
            PageRequest page) {
        projects.get(projectId);
        return PageResponse.of(solutions.search(projectId, filter, page), page);
    }

    public ServiceSolution get(UUID projectId, UUID id) {
        projects.get(projectId);
        return solutions.findInProject(projectId, id)
                .orElseThrow(() -> ProblemException.notFound("Service solution", id));
    }

    @Transactional
    public ServiceSolution create(UUID projectId, ServiceSolution draft) {
        projects.getForUpdate(projectId);
        draft.projectId = projectId;
        access.requireSolutionWriter(draft.municipalityOrganisationId);
        checkRules(draft);
        solutions.persistAndFlush(draft);
        if (draft.status == ServiceSolutionStatus.IN_OPERATION) {
            events.serviceSolutionStarted(draft);
        }
        return draft;
    }

    @Transactional
    public ServiceSolution replace(UUID projectId, UUID id, IfMatch ifMatch, Consumer<ServiceSolution> changes) {
        projects.getForUpdate(projectId);
        ServiceSolution solution = get(projectId, id);
        access.requireSolutionWriter(solution.municipalityOrganisationId);
        ifMatch.check(solution.version);
        ServiceSolutionStatus from = solution.status;
        changes.accept(solution);
        // property level: the body may not move it to a municipality the caller may not write for
        access.requireSolutionWriter(solution.municipalityOrganisationId);
        checkRules(solution);
        solutions.flush();
        if (solution.status == ServiceSolutionStatus.IN_OPERATION && from != ServiceSolutionStatus.IN_OPERATION) {
            events.serviceSolutionStarted(solution);
        }
        return solution;
    }

    @Transactional
    public void delete(UUID projectId, UUID id, IfMatch ifMatch) {
        ServiceSolution solution = get(projectId, id);
        access.requireSolutionWriter(solution.municipalityOrganisationId);
        ifMatch.check(solution.version);
        solutions.delete(solution);
        solutions.flush();
    }

    private void checkRules(ServiceSolution s) {
        checks.participating(s.projectId, s.municipalityOrganisationId, "municipalityOrganisationId",
                EnumSet.of(OrganisationType.MUNICIPALITY), "a participating municipality");
        s.partnerOrganisationIds = new ArrayList<>(checks.allOfType(s.partnerOrganisationIds,
                "partnerOrganisationIds", EnumSet.of(OrganisationType.LOCAL_DEVELOPMENT_GROUP,
                        OrganisationType.BUSINESS), "local development groups or businesses in the registry"));
    }
}
