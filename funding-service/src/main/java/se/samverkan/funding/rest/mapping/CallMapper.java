package se.samverkan.funding.rest.mapping;

import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import se.samverkan.funding.domain.FundingCall;
import se.samverkan.funding.rest.CallRequest;
import se.samverkan.funding.rest.CallResponse;

/** Maps without a clock: a call's status depends on the day, which the resource gets from the service and passes in. */
@ApplicationScoped
public class CallMapper {

    public FundingCall toEntity(CallRequest request) {
        FundingCall call = new FundingCall();
        apply(request, call);
        return call;
    }

    public void apply(CallRequest request, FundingCall call) {
        call.funderOrganisationId = request.funderOrganisationId();
        call.title = request.title().strip();
        call.reference = Texts.strip(request.reference());
        call.description = Texts.strip(request.description());
        call.opensOn = request.opensOn();
        call.closesOn = request.closesOn();
        call.budget = Amounts.sek(request.budget());
        call.cancelled = Boolean.TRUE.equals(request.cancelled());
        call.maxGrantRate = Amounts.rate(request.maxGrantRate());
        call.minCoFundingRate = Amounts.rate(request.minCoFundingRate());
        call.minAmount = Amounts.sek(request.minAmount());
        call.maxAmount = Amounts.sek(request.maxAmount());
        call.paymentClaimMonthsAfterYear = request.paymentClaimMonthsAfterYear();
        call.progressReportMonthsAfterYear = request.progressReportMonthsAfterYear();
        call.finalReportMonthsAfterEnd = request.finalReportMonthsAfterEnd();
        call.paymentRequiresApprovedClaim = Boolean.TRUE.equals(request.paymentRequiresApprovedClaim()) ? true : null;
        call.eligibleApplicantTypes.clear();
        if (request.eligibleApplicantTypes() != null) {
            call.eligibleApplicantTypes.addAll(request.eligibleApplicantTypes());
        }
    }

    public CallResponse toResponse(FundingCall c, LocalDate today) {
        return new CallResponse(c.id, c.funderOrganisationId, c.title, c.reference, c.description, c.opensOn,
                c.closesOn, c.budget, c.status(today), c.cancelled, c.maxGrantRate, c.minCoFundingRate,
                c.minAmount, c.maxAmount, List.copyOf(c.eligibleApplicantTypes),
                c.paymentClaimMonthsAfterYear, c.progressReportMonthsAfterYear, c.finalReportMonthsAfterEnd,
                c.gatesPaymentsOnClaims(), c.version, c.createdAt, c.updatedAt,
                c.createdByActor(), c.updatedByActor());
    }
}
