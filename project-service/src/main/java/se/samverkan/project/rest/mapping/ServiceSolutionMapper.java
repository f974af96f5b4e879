package se.samverkan.project.rest.mapping;

import java.util.ArrayList;

import jakarta.enterprise.context.ApplicationScoped;

import se.samverkan.project.domain.ServiceSolution;
import se.samverkan.project.rest.ServiceSolutionRequest;
import se.samverkan.project.rest.ServiceSolutionResponse;

@ApplicationScoped
public class ServiceSolutionMapper {

    public ServiceSolution toEntity(ServiceSolutionRequest request) {
        ServiceSolution solution = new ServiceSolution();
        apply(request, solution);
        return solution;
    }

    public void apply(ServiceSolutionRequest request, ServiceSolution s) {
        s.municipalityOrganisationId = request.municipalityOrganisationId();
        s.locality = request.locality().strip();
        s.category = request.category();
        s.status = request.status();
        Strings.replaceAll(s.partnerOrganisationIds, request.partnerOrganisationIds());
        s.startedOn = request.startedOn();
    }

    public ServiceSolutionResponse toResponse(ServiceSolution s) {
        return new ServiceSolutionResponse(s.id, s.projectId, s.municipalityOrganisationId, s.locality, s.category,
                s.status, new ArrayList<>(s.partnerOrganisationIds), s.startedOn, s.version, s.createdAt, s.updatedAt,
                s.createdByActor(), s.updatedByActor());
    }
}
