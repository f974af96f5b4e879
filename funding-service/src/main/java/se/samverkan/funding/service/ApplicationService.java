package se.samverkan.funding.service;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import se.samverkan.funding.client.ProjectView;
import se.samverkan.funding.domain.Application;
import se.samverkan.funding.domain.ApplicationStatus;
import se.samverkan.funding.domain.FundingCall;
import se.samverkan.funding.repository.ApplicationRepository;
import se.samverkan.funding.repository.CallRepository;
import se.samverkan.platform.history.History;
import se.samverkan.platform.history.HistoryEntry;
import se.samverkan.platform.http.IfMatch;
import se.samverkan.platform.paging.PageRequest;
import se.samverkan.platform.paging.PageResponse;
import se.samverkan.platform.problem.FieldError;
import se.samverkan.platform.problem.ProblemException;

/** The lifecycle of an application: DRAFT → SUBMITTED → GRANTED | REJECTED, WITHDRAWN before a decision. */
@ApplicationScoped
public class ApplicationService {

    public static final String RESOURCE = "application";

    private final ApplicationRepository applications;
    private final CallRepository calls;
    private final History history;
    private final ProjectReferences references;
    private final FundingEvents events;
    private final ReportService reports;
    private final AccessPolicy access;

    public ApplicationService(ApplicationRepository applications, CallRepository calls, History history,
            ProjectReferences references, FundingEvents events, ReportService reports, AccessPolicy access) {
        this.reports = reports;
        this.access = access;
        this.references = references;
        this.events = events;
        this.applications = applications;
        this.calls = calls;
        this.history = history;
    }

    public Application get(UUID id) {
        return applications.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Application", id));
    }

    /** A page of them with its total, both read in one transaction. */
    @Transactional
    public PageResponse<Application> list(ApplicationRepository.Filter filter, PageRequest page) {
        return PageResponse.of(applications.search(filter, page), page);
    }

    /**
     * The call and the project a new application names, checked (with project-service) before the create's
     * transaction opens: call it first, outside any transaction, so no database connection waits on the other service.
     */
    public void checkNew(Application draft) {
        FundingCall call = call(draft.callId);
        references.projectWithApplicant(draft.projectId, draft.applicantOrganisationId, call.eligibleApplicantTypes);
    }

    /** Writes an application that {@link #checkNew} accepted. */
    @Transactional
    public Application create(Application draft) {
        call(draft.callId);
        draft.status = ApplicationStatus.DRAFT;
        applications.persistAndFlush(draft);
        history.record(RESOURCE, draft.id, draft.version, HistoryEntry.Action.CREATED, draft);
        return draft;
    }

    /**
     * Only a draft can be edited; what was submitted is what the funder decides on. Not transactional itself: the
     * project is checked with project-service first, then {@link #write} runs in its own transaction.
     */
    public Application replace(UUID id, IfMatch ifMatch, Consumer<Application> changes) {
        // checked in the order of the write below, and the references before its transaction opens
        Application current = get(id);
        ifMatch.check(current.version);
        requireEditable(current, "edited");
        Application proposed = new Application();
        changes.accept(proposed);
        checkNew(proposed);
        return write(id, ifMatch, changes);
    }

    /** The replacement itself, its references already checked by {@link #replace}. */
    @Transactional
    Application write(UUID id, IfMatch ifMatch, Consumer<Application> changes) {
        Application application = get(id);
        ifMatch.check(application.version);
        requireEditable(application, "edited");
        changes.accept(application);
        call(application.callId);
        return save(application);
    }

    @Transactional
    public void delete(UUID id, IfMatch ifMatch) {
        Application application = get(id);
        ifMatch.check(application.version);
        requireEditable(application, "deleted (withdraw it instead)");
        history.record(RESOURCE, application.id, application.version, HistoryEntry.Action.DELETED, application);
        applications.delete(application);
        applications.flush();
    }

    /** Submits inside the call's open window, for an amount inside the call's band. */
    @Transactional
    public Application submit(UUID id, IfMatch ifMatch, LocalDate submittedOn) {
        Application application = changeable(id, ifMatch);
        requireMove(application, ApplicationStatus.SUBMITTED, "submitted");
        FundingCall call = call(application.callId);
        switch (call.status(submittedOn)) {
            case CANCELLED -> throw ProblemException.conflict("call-cancelled",
                    "The call \"" + call.title + "\" is cancelled");
            case UPCOMING -> throw ProblemException.conflict("call-not-open", "The call \"" + call.title + "\" opens on "
                    + call.opensOn + ", " + ChronoUnit.DAYS.between(submittedOn, call.opensOn) + " day(s) after "
                    + submittedOn);
            case CLOSED -> throw ProblemException.conflict("call-closed", "The call \"" + call.title + "\" closed on "
                    + call.closesOn + ", " + ChronoUnit.DAYS.between(call.closesOn, submittedOn) + " day(s) before "
                    + submittedOn);
            case OPEN -> {
                // the application may be submitted
            }
        }
        BigDecimal requested = application.requestedAmount;
        if (call.minAmount != null && requested.compareTo(call.minAmount) < 0) {
            throw ProblemException.ruleBroken("amount-below-call-minimum", "The requested " + Sek.of(requested)
                    + " is " + Sek.of(call.minAmount.subtract(requested)) + " below the call's minimum of "
                    + Sek.of(call.minAmount));
        }
        if (call.maxAmount != null && requested.compareTo(call.maxAmount) > 0) {
            throw ProblemException.ruleBroken("amount-above-call-maximum", "The requested " + Sek.of(requested)
                    + " is " + Sek.of(requested.subtract(call.maxAmount)) + " above the call's maximum of "
                    + Sek.of(call.maxAmount));
        }
        application.status = ApplicationStatus.SUBMITTED;
        application.submittedOn = submittedOn;
        return saveWithEvent(application);
    }

    /**
     * Grants the application. Not transactional itself: when the call limits the grant to a share of the project's
     * budget, that budget is read from project-service first, then {@link #grant(UUID, IfMatch, BigDecimal,
     * LocalDate, String, BigDecimal)} decides in its own transaction.
     */
    public Application grant(UUID id, IfMatch ifMatch, BigDecimal grantedAmount, LocalDate decidedOn,
            String caseNumber) {
        Application current = get(id);
        FundingCall call = call(current.callId);
        // refused before project-service is asked; the decision judges it again on the locked row
        access.mayDecideApplicationTo(call);
        ProjectView project = call.maxGrantRate == null && !call.hasReportRules() ? null
                : references.projectWithApplicant(current.projectId, current.applicantOrganisationId,
                        call.eligibleApplicantTypes);
        return grant(id, ifMatch, grantedAmount, decidedOn, caseNumber, project);
    }

    /**
     * The grant itself, given the project as project-service answered (null when the call needs neither its budget
     * nor its period), with the reporting schedule the call's rules ask for.
     */
    @Transactional
    Application grant(UUID id, IfMatch ifMatch, BigDecimal grantedAmount, LocalDate decidedOn, String caseNumber,
            ProjectView project) {
        BigDecimal projectBudget = project == null ? null : project.totalBudget();
        Application application = changeable(id, ifMatch);
        access.mayDecideApplicationTo(call(application.callId));
        requireMove(application, ApplicationStatus.GRANTED, "granted");
        if (grantedAmount.compareTo(application.requestedAmount) > 0) {
            throw ProblemException.ruleBroken("grant-above-request", "The granted " + Sek.of(grantedAmount) + " is "
                    + Sek.of(grantedAmount.subtract(application.requestedAmount)) + " more than the requested "
                    + Sek.of(application.requestedAmount));
        }
        decide(application, decidedOn, caseNumber);
        checkCallRules(application, grantedAmount, projectBudget);
        application.status = ApplicationStatus.GRANTED;
        application.grantedAmount = grantedAmount.setScale(2, RoundingMode.UNNECESSARY);
        saveWithEvent(application);
        reports.scheduleFromCall(application, call(application.callId), project);
        return application;
    }

    @Transactional
    public Application reject(UUID id, IfMatch ifMatch, LocalDate decidedOn, String caseNumber, String reason) {
        Application application = changeable(id, ifMatch);
        access.mayDecideApplicationTo(call(application.callId));
        requireMove(application, ApplicationStatus.REJECTED, "rejected");
        decide(application, decidedOn, caseNumber);
        application.status = ApplicationStatus.REJECTED;
        application.decisionReason = reason;
        return saveWithEvent(application);
    }

    @Transactional
    public Application withdraw(UUID id, IfMatch ifMatch) {
        Application application = changeable(id, ifMatch);
        requireMove(application, ApplicationStatus.WITHDRAWN, "withdrawn");
        application.status = ApplicationStatus.WITHDRAWN;
        return saveWithEvent(application);
    }

    /** The application as it was at an instant, from its history; 404 before it existed or once deleted. */
    @Transactional
    public History.Memento<Application> asOf(UUID id, Instant instant) {
        return history.asOf(RESOURCE, "Application", id, instant, Application.class);
    }

    /** A page of the versions, oldest first, also of a deleted one: the trail outlives the resource. */
    @Transactional
    public PageResponse<HistoryEntry> history(UUID id, PageRequest request) {
        PageResponse<HistoryEntry> versions = history.of(RESOURCE, id, request);
        if (versions.totalItems() == 0) {
            get(id);
        }
        return versions;
    }

    /** The application locked for this transaction's write, so its state is the one the write is judged on. */
    private Application changeable(UUID id, IfMatch ifMatch) {
        Application application = applications.findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.notFound("Application", id));
        if (ifMatch != null) {
            ifMatch.check(application.version);
        }
        return application;
    }

    private static void decide(Application application, LocalDate decidedOn, String caseNumber) {
        if (decidedOn.isBefore(application.submittedOn)) {
            throw ProblemException.ruleBroken("decided-before-submitted", "The decision date " + decidedOn + " is "
                    + ChronoUnit.DAYS.between(decidedOn, application.submittedOn)
                    + " day(s) before the application was submitted on " + application.submittedOn);
        }
        application.decidedOn = decidedOn;
        application.caseNumber = caseNumber.strip();
    }

    private Application save(Application application) {
        applications.flush();
        history.record(RESOURCE, application.id, application.version, HistoryEntry.Action.UPDATED, application);
        return application;
    }

    /** A change of status: saved, and its event emitted in the same transaction. */
    private Application saveWithEvent(Application application) {
        save(application);
        events.applicationStatus(application);
        return application;
    }

    /**
     * A funder grants no more than its own call allows: inside the call's amount band and at most its maximum grant
     * rate of the project's total budget (read from project-service). What the funder cannot see by itself, the
     * co-funding share across all funders, stays a line of the project's compliance report.
     */
    private void checkCallRules(Application application, BigDecimal granted, BigDecimal budget) {
        FundingCall call = call(application.callId);
        if (call.minAmount != null && granted.compareTo(call.minAmount) < 0) {
            throw grantRefused("grant-below-call-minimum", "The granted " + Sek.of(granted) + " is "
                    + Sek.of(call.minAmount.subtract(granted)) + " below the call's minAmount of "
                    + Sek.of(call.minAmount));
        }
        if (call.maxAmount != null && granted.compareTo(call.maxAmount) > 0) {
            throw grantRefused("grant-above-call-maximum", "The granted " + Sek.of(granted) + " is "
                    + Sek.of(granted.subtract(call.maxAmount)) + " above the call's maxAmount of "
                    + Sek.of(call.maxAmount));
        }
        if (call.maxGrantRate == null) {
            return;
        }
        if (budget == null || budget.signum() == 0) {
            throw grantRefused("project-budget-unknown", "The call's maxGrantRate of " + percent(call.maxGrantRate)
                    + " is of the project's total budget, and project " + application.projectId + " has none; "
                    + "give the project its budget in project-service first");
        }
        BigDecimal allowed = call.maxGrantRate.multiply(budget).setScale(2, RoundingMode.DOWN);
        if (granted.compareTo(allowed) > 0) {
            throw grantRefused("grant-above-max-grant-rate", "The granted " + Sek.of(granted) + " is "
                    + percent(granted.divide(budget, 6, RoundingMode.HALF_UP)) + " of the project's total budget of "
                    + Sek.of(budget) + "; the call's maxGrantRate of " + percent(call.maxGrantRate) + " allows at most "
                    + Sek.of(allowed));
        }
    }

    private static ProblemException grantRefused(String slug, String detail) {
        return ProblemException.ruleBroken(slug, detail, List.of(new FieldError("grantedAmount", detail)));
    }

    private static String percent(BigDecimal rate) {
        return rate.movePointRight(2).setScale(2, RoundingMode.HALF_UP).toPlainString() + " %";
    }

    private FundingCall call(UUID callId) {
        return calls.findByIdOptional(callId).orElseThrow(() -> ProblemException.ruleBroken("unknown-call",
                "No call has id " + callId));
    }

    /** The transitions are the status's own ({@link ApplicationStatus#next()}); this only words the refusal. */
    private static void requireMove(Application application, ApplicationStatus target, String action) {
        if (!application.status.canMoveTo(target)) {
            throw invalidTransition(application, action, target.reachedFrom());
        }
    }

    private static void requireEditable(Application application, String action) {
        if (!application.status.editable()) {
            throw invalidTransition(application, action,
                    Arrays.stream(ApplicationStatus.values()).filter(ApplicationStatus::editable).toList());
        }
    }

    private static ProblemException invalidTransition(Application application, String action,
            List<ApplicationStatus> allowed) {
        return ProblemException.conflict("invalid-transition", "The application is " + application.status
                + " and cannot be " + action + "; that needs status " + allowed);
    }
}
