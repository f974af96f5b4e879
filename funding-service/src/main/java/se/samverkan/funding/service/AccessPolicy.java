package se.samverkan.funding.service;

import java.util.Collection;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import se.samverkan.funding.domain.CoFunding;
import se.samverkan.funding.domain.DecisionCase;
import se.samverkan.funding.domain.Disbursement;
import se.samverkan.funding.domain.FundingCall;
import se.samverkan.funding.domain.Report;
import se.samverkan.platform.security.Caller;
import se.samverkan.platform.security.Roles;

/**
 * The object- and property-level rules (OWASP API1 and API3) behind the resources' {@code @RolesAllowed}, in one
 * place: an officer acts only for the organisation of its token's {@code org} claim, both on what it changes and on
 * what it writes into it. Admins pass every check. The services ask it inside the write's transaction, about the row
 * as they locked it (so what is judged is what is written, whatever changed since the request came in), before they
 * write anything: a refusal (403) changes nothing. A create is judged before its Idempotency-Key is looked up, so a
 * replay runs the same rules.
 */
@ApplicationScoped
public class AccessPolicy {

    private final Caller caller;

    public AccessPolicy(Caller caller) {
        this.caller = caller;
    }

    // --- calls: a funder officer publishes and changes its own organisation's calls

    public void mayPublishCall(UUID funderOrganisationId) {
        caller.requireOrganisation(funderOrganisationId, "the call's funderOrganisationId");
    }

    public void mayChangeCall(FundingCall call) {
        caller.requireOrganisation(call.funderOrganisationId, "this call");
    }

    // --- applications: a funder officer decides the applications to its own calls

    public void mayDecideApplicationTo(FundingCall call) {
        caller.requireOrganisation(call.funderOrganisationId, "the call this application was made to");
    }

    // --- reports: a funder (or co-funder) schedules and decides the reports due to it; submitting is the project's

    public void mayManageReport(Report report) {
        caller.requireOrganisation(report.funderOrganisationId, "this report's funder");
    }

    // --- co-funding: a municipality officer commits its own municipality's money

    public void mayProposeCoFunding(UUID funderOrganisationId) {
        caller.requireOrganisation(funderOrganisationId, "the co-funding's funderOrganisationId");
    }

    public void mayChangeCoFunding(CoFunding commitment) {
        caller.requireOrganisation(commitment.funderOrganisationId, "this co-funding");
    }

    // --- decision cases: a municipality officer runs its own municipality's cases, on its own co-funding

    /** The case's organisation and each commitment it names that exists (an unknown one is the service's 422). */
    public void mayOpenDecisionCase(UUID organisationId, Collection<CoFunding> commitments) {
        caller.requireOrganisation(organisationId, "the case's organisationId");
        for (CoFunding commitment : commitments) {
            caller.requireOrganisation(commitment.funderOrganisationId, "co-funding " + commitment.id);
        }
    }

    public void mayChangeDecisionCase(DecisionCase decisionCase) {
        caller.requireOrganisation(decisionCase.organisationId, "this decision case");
    }

    /** After a case's decision is legally final, only an admin corrects its steps. */
    public boolean mayCorrectLegallyFinalCases() {
        return caller.is(Roles.ADMIN);
    }

    // --- disbursements: a municipality officer registers payments of its own co-funding, never of a grant

    /** A payment against the commitment (null when it is against a grant, or the commitment is unknown). */
    public void mayRegisterDisbursement(boolean ofAGrant, CoFunding commitment) {
        if (caller.is(Roles.ADMIN)) {
            return;
        }
        if (ofAGrant) {
            throw Caller.forbidden("Payments of a grant are registered by an admin; you register payments of "
                    + "your own organisation's co-funding");
        }
        if (commitment != null) {
            caller.requireOrganisation(commitment.funderOrganisationId,
                    "the co-funding this payment is made against");
        }
    }

    public void mayChangeDisbursement(Disbursement disbursement, CoFunding commitment) {
        if (caller.is(Roles.ADMIN)) {
            return;
        }
        if (disbursement.coFundingId == null || commitment == null) {
            throw Caller.forbidden("This is a payment of a grant; those are changed by an admin");
        }
        caller.requireOrganisation(commitment.funderOrganisationId, "the co-funding this payment was made against");
    }
}
