package se.samverkan.funding.service;

import static se.samverkan.platform.events.EventCatalog.type;

import java.util.Locale;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import se.samverkan.funding.domain.Application;
import se.samverkan.funding.domain.CoFunding;
import se.samverkan.funding.domain.DecisionCase;
import se.samverkan.funding.domain.DecisionStep;
import se.samverkan.funding.domain.Disbursement;
import se.samverkan.funding.domain.Report;
import se.samverkan.platform.events.EventCatalog;
import se.samverkan.platform.events.EventData;
import se.samverkan.platform.events.Outbox;

/**
 * The events funding-service's writes emit, each inside the write's transaction. Their data holds ids, statuses,
 * amounts and dates: no free text (budget sources, decision reasons, payment references), so no personal data.
 */
@ApplicationScoped
public class FundingEvents implements EventCatalog {

    static final String CO_FUNDING = "co-funding";
    static final String DECISION_CASE = "decision-case";
    static final String APPLICATION = "application";
    static final String DISBURSEMENT = "disbursement";
    static final String LEGALLY_FINAL = "legally-final";
    static final String REPORT = "report";

    private static final Set<String> TYPES = Set.of(
            type(CO_FUNDING, "proposed"), type(CO_FUNDING, "approved"), type(CO_FUNDING, "rejected"),
            type(CO_FUNDING, "withdrawn"), type(CO_FUNDING, LEGALLY_FINAL), type(CO_FUNDING, "appealed"),
            type(CO_FUNDING, "quashed"),
            type(DECISION_CASE, "step-recorded"), type(DECISION_CASE, "step-corrected"),
            type(APPLICATION, "submitted"), type(APPLICATION, "granted"), type(APPLICATION, "rejected"),
            type(APPLICATION, "withdrawn"),
            type(DISBURSEMENT, "recorded"),
            type(REPORT, "overdue"));

    private final Outbox outbox;

    public FundingEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public Set<String> types() {
        return TYPES;
    }

    /** The commitment reached its status (proposed, approved, rejected, withdrawn). */
    void coFundingStatus(CoFunding c) {
        coFunding(c, c.status.name().toLowerCase(Locale.ROOT));
    }

    /** The commitment's appeal window has passed: nobody can appeal the decision any more (laga kraft). */
    void coFundingLegallyFinal(CoFunding c) {
        coFunding(c, LEGALLY_FINAL);
    }

    /** The decision that set the commitment's status was appealed: it is not legally final while the court rules. */
    void coFundingAppealed(CoFunding c) {
        coFunding(c, "appealed");
    }

    /** The court quashed the decision: the commitment is PROPOSED again, to be decided in a new case. */
    void coFundingQuashed(CoFunding c) {
        coFunding(c, "quashed");
    }

    private void coFunding(CoFunding c, String action) {
        outbox.emit(CO_FUNDING, c.id, action, "/co-funding/" + c.id, EventData.of(
                "coFundingId", c.id, "projectId", c.projectId, "funderOrganisationId", c.funderOrganisationId,
                "kind", c.kind, "status", c.status, "totalAmount", c.totalAmount,
                "decisionCaseId", c.decisionCaseId, "appealWindowEndsOn", c.appealWindowEndsOn,
                "legallyFinal", c.legallyFinal, "version", c.version));
    }

    void stepRecorded(DecisionCase decisionCase, DecisionStep step) {
        step(decisionCase, "step-recorded", decisionCase.steps.size(), step);
    }

    /** A recorded step was corrected; the reason is free text and stays in the case's history. */
    void stepCorrected(DecisionCase decisionCase, int number, DecisionStep step) {
        step(decisionCase, "step-corrected", number, step);
    }

    private void step(DecisionCase decisionCase, String action, int number, DecisionStep step) {
        outbox.emit(DECISION_CASE, decisionCase.id, action, "/decision-cases/" + decisionCase.id,
                EventData.of("decisionCaseId", decisionCase.id, "organisationId", decisionCase.organisationId,
                        "caseNumber", decisionCase.caseNumber, "coFundingIds", decisionCase.coFundingIds,
                        "stepNumber", number,
                        "step", EventData.of("kind", step.kind, "date", step.date,
                                "recommendation", step.recommendation, "outcome", step.outcome,
                                "paragraph", step.paragraph, "legalBasis", step.legalBasis,
                                "minutesApprovedOn", step.minutesApprovedOn, "publicNoticeOn", step.publicNoticeOn),
                        "appealWindowEndsOn", decisionCase.appealWindowEndsOn().orElse(null),
                        "version", decisionCase.version));
    }

    /** The application reached its status (submitted, granted, rejected, withdrawn). */
    void applicationStatus(Application a) {
        outbox.emit(APPLICATION, a.id, a.status.name().toLowerCase(Locale.ROOT), "/applications/" + a.id,
                EventData.of("applicationId", a.id, "callId", a.callId, "projectId", a.projectId,
                        "applicantOrganisationId", a.applicantOrganisationId, "status", a.status,
                        "requestedAmount", a.requestedAmount, "grantedAmount", a.grantedAmount,
                        "submittedOn", a.submittedOn, "decidedOn", a.decidedOn, "caseNumber", a.caseNumber,
                        "version", a.version));
    }

    void disbursementRecorded(Disbursement d) {
        outbox.emit(DISBURSEMENT, d.id, "recorded", "/disbursements/" + d.id, EventData.of(
                "disbursementId", d.id, "coFundingId", d.coFundingId, "applicationId", d.applicationId,
                "year", d.year, "amount", d.amount, "paidOn", d.paidOn, "version", d.version));
    }

    /** The report was not submitted by its due date; emitted once, the day after it (in Sweden). */
    void reportOverdue(Report r) {
        outbox.emit(REPORT, r.id, "overdue", "/reports/" + r.id, EventData.of(
                "reportId", r.id, "projectId", r.projectId, "funderOrganisationId", r.funderOrganisationId,
                "applicationId", r.applicationId, "coFundingId", r.coFundingId, "kind", r.kind,
                "periodStart", r.periodStart, "periodEnd", r.periodEnd, "dueOn", r.dueOn,
                "overdueSince", r.overdueSince, "version", r.version));
    }
}
