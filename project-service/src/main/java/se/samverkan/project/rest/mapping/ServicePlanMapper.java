package se.samverkan.project.rest.mapping;

import java.util.ArrayList;

import jakarta.enterprise.context.ApplicationScoped;

import se.samverkan.project.domain.ServicePlan;
import se.samverkan.project.rest.ServicePlanRequest;
import se.samverkan.project.rest.ServicePlanResponse;

@ApplicationScoped
public class ServicePlanMapper {

    public ServicePlan toEntity(ServicePlanRequest request) {
        ServicePlan plan = new ServicePlan();
        apply(request, plan);
        return plan;
    }

    public void apply(ServicePlanRequest request, ServicePlan plan) {
        plan.municipalityOrganisationId = request.municipalityOrganisationId();
        plan.title = request.title().strip();
        plan.status = request.status();
        plan.adoptedOn = request.adoptedOn();
        plan.adoptedBy = Strings.blankToNull(request.adoptedBy());
        Strings.replace(plan.ruralAreas, request.ruralAreas());
        plan.documentUrl = Strings.blankToNull(request.documentUrl());
    }

    public ServicePlanResponse toResponse(ServicePlan p) {
        return new ServicePlanResponse(p.id, p.projectId, p.municipalityOrganisationId, p.title, p.status, p.adoptedOn,
                p.adoptedBy, new ArrayList<>(p.ruralAreas), p.documentUrl, p.version, p.createdAt, p.updatedAt,
                p.createdByActor(), p.updatedByActor());
    }
}
