package se.samverkan.funding.rest.mapping;

import jakarta.enterprise.context.ApplicationScoped;

import se.samverkan.funding.domain.Application;
import se.samverkan.funding.rest.ApplicationRequest;
import se.samverkan.funding.rest.ApplicationResponse;

@ApplicationScoped
public class ApplicationMapper {

    public Application toEntity(ApplicationRequest request) {
        Application application = new Application();
        apply(request, application);
        return application;
    }

    public void apply(ApplicationRequest request, Application application) {
        application.callId = request.callId();
        application.projectId = request.projectId();
        application.applicantOrganisationId = request.applicantOrganisationId();
        application.requestedAmount = Amounts.sek(request.requestedAmount());
    }

    public ApplicationResponse toResponse(Application a) {
        return new ApplicationResponse(a.id, a.callId, a.projectId, a.applicantOrganisationId, a.requestedAmount,
                a.grantedAmount, a.status, a.submittedOn, a.decidedOn, a.caseNumber, a.decisionReason, a.version,
                a.createdAt, a.updatedAt, a.createdByActor(), a.updatedByActor());
    }
}
