package se.samverkan.funding.rest.mapping;

import jakarta.enterprise.context.ApplicationScoped;

import se.samverkan.funding.domain.Report;
import se.samverkan.funding.rest.ReportRequest;
import se.samverkan.funding.rest.ReportResponse;

@ApplicationScoped
public class ReportMapper {

    public Report toEntity(ReportRequest request) {
        Report report = new Report();
        apply(request, report);
        return report;
    }

    public void apply(ReportRequest request, Report report) {
        report.applicationId = request.applicationId();
        report.coFundingId = request.coFundingId();
        report.kind = request.kind();
        report.dueOn = request.dueOn();
        report.periodStart = request.periodStart();
        report.periodEnd = request.periodEnd();
    }

    public ReportResponse toResponse(Report r) {
        return new ReportResponse(r.id, r.applicationId, r.coFundingId, r.projectId, r.funderOrganisationId, r.kind,
                r.dueOn, r.periodStart, r.periodEnd, r.status, r.overdueSince, r.submittedOn, r.documentUrl,
                Amounts.sek(r.amountClaimed), r.decidedOn, r.returnReason, r.fromCallRules, r.version, r.createdAt,
                r.updatedAt, r.createdByActor(), r.updatedByActor());
    }
}
