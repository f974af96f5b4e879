package se.samverkan.funding.rest;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import se.samverkan.funding.domain.Application;
import se.samverkan.funding.domain.CoFunding;
import se.samverkan.funding.domain.Disbursement;
import se.samverkan.funding.service.ApplicationService;
import se.samverkan.funding.service.CallService;
import se.samverkan.funding.service.CoFundingService;
import se.samverkan.funding.service.DecisionCaseService;
import se.samverkan.funding.service.DisbursementService;
import se.samverkan.funding.service.ReportService;
import se.samverkan.platform.problem.ProblemException;
import se.samverkan.platform.security.Caller;
import se.samverkan.platform.security.Roles;

/**
 * The object- and property-level rules (OWASP API1 and API3) behind the resources' {@code @RolesAllowed}: an
 * officer acts only for the organisation of its token's {@code org} claim, both on what it changes and on what it
 * writes into a body. Admins pass every check. Each check runs before the write, so a refusal (403) changes nothing.
 */
@ApplicationScoped
public class Access {

    private final Caller caller;
    private final CallService calls;
    private final ApplicationService applications;
    private final CoFundingService coFunding;
    private final DecisionCaseService cases;
    private final DisbursementService disbursements;
    private final ReportService reports;

    public Access(Caller caller, CallService calls, ApplicationService applications, CoFundingService coFunding,
            DecisionCaseService cases, DisbursementService disbursements, ReportService reports) {
        this.reports = reports;
        this.caller = caller;
        this.calls = calls;
        this.applications = applications;
        this.coFunding = coFunding;
        this.cases = cases;
        this.disbursements = disbursements;
    }

    // --- calls: a funder officer publishes and changes its own organisation's calls

    public void mayPublishCall(CallRequest body) {
        caller.requireOrganisation(body.funderOrganisationId(), "the call's funderOrganisationId");
    }

    public void mayChangeCall(UUID id, CallRequest body) {
        if (caller.is(Roles.ADMIN)) {
            return;
        }
        caller.requireOrganisation(calls.get(id).funderOrganisationId, "this call");
        if (body != null) {
            mayPublishCall(body);
        }
    }

    // --- applications: a funder officer decides the applications to its own calls

    public void mayDecideApplication(UUID id) {
        if (caller.is(Roles.ADMIN)) {
            return;
        }
        Application application = applications.get(id);
        caller.requireOrganisation(calls.get(application.callId).funderOrganisationId,
                "the call this application was made to");
    }

    // --- co-funding: a municipality officer commits its own municipality's money

    public void mayProposeCoFunding(CoFundingRequest body) {
        caller.requireOrganisation(body.funderOrganisationId(), "the co-funding's funderOrganisationId");
    }

    public void mayChangeCoFunding(UUID id, CoFundingRequest body) {
        if (caller.is(Roles.ADMIN)) {
            return;
        }
        caller.requireOrganisation(coFunding.get(id).funderOrganisationId, "this co-funding");
        if (body != null) {
            mayProposeCoFunding(body);
        }
    }

    // --- decision cases: a municipality officer runs its own municipality's cases, on its own co-funding

    public void mayOpenDecisionCase(DecisionCaseRequest body) {
        if (caller.is(Roles.ADMIN)) {
            return;
        }
        caller.requireOrganisation(body.organisationId(), "the case's organisationId");
        for (UUID coFundingId : Optional.ofNullable(body.coFundingIds()).orElse(List.of())) {
            // an unknown id is the service's to answer (422); a known one must be the caller's own
            existing(coFundingId, coFunding::get).ifPresent(commitment -> caller.requireOrganisation(
                    commitment.funderOrganisationId, "co-funding " + coFundingId));
        }
    }

    public void mayChangeDecisionCase(UUID id, DecisionCaseRequest body) {
        if (caller.is(Roles.ADMIN)) {
            return;
        }
        caller.requireOrganisation(cases.get(id).organisationId, "this decision case");
        if (body != null) {
            mayOpenDecisionCase(body);
        }
    }

    /** After a case's decision is legally final, only an admin corrects its steps. */
    public boolean mayCorrectLegallyFinalCases() {
        return caller.is(Roles.ADMIN);
    }

    // --- disbursements: a municipality officer registers payments of its own co-funding, never of a grant

    public void mayRegisterDisbursement(DisbursementRequest body) {
        if (caller.is(Roles.ADMIN)) {
            return;
        }
        if (body.applicationId() != null) {
            throw Caller.forbidden("Payments of a grant are registered by an admin; you register payments of "
                    + "your own organisation's co-funding");
        }
        if (body.coFundingId() != null) {
            existing(body.coFundingId(), coFunding::get).ifPresent(commitment -> caller.requireOrganisation(
                    commitment.funderOrganisationId, "the co-funding this payment is made against"));
        }
    }

    public void mayChangeDisbursement(UUID id, DisbursementRequest body) {
        if (caller.is(Roles.ADMIN)) {
            return;
        }
        Disbursement disbursement = disbursements.get(id);
        if (disbursement.coFundingId == null) {
            throw Caller.forbidden("This is a payment of a grant; those are changed by an admin");
        }
        CoFunding commitment = coFunding.get(disbursement.coFundingId);
        caller.requireOrganisation(commitment.funderOrganisationId, "the co-funding this payment was made against");
        if (body != null) {
            mayRegisterDisbursement(body);
        }
    }

    // --- reports: a funder (or co-funder) schedules and decides the reports due to it; submitting is the project's

    public void mayScheduleReport(ReportRequest body) {
        if (caller.is(Roles.ADMIN)) {
            return;
        }
        if (body.applicationId() != null) {
            existing(body.applicationId(), applications::get).ifPresent(application -> caller.requireOrganisation(
                    calls.get(application.callId).funderOrganisationId, "the call this grant was made from"));
        }
        if (body.coFundingId() != null) {
            existing(body.coFundingId(), coFunding::get).ifPresent(commitment -> caller.requireOrganisation(
                    commitment.funderOrganisationId, "the co-funding this report is due against"));
        }
    }

    public void mayDecideReport(UUID id) {
        if (caller.is(Roles.ADMIN)) {
            return;
        }
        caller.requireOrganisation(reports.get(id).funderOrganisationId, "this report's funder");
    }

    private static <T> Optional<T> existing(UUID id, Function<UUID, T> get) {
        try {
            return Optional.of(get.apply(id));
        } catch (ProblemException e) {
            if (e.status() == 404) {
                return Optional.empty();
            }
            throw e;
        }
    }
}
