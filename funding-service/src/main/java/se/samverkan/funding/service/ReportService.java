package se.samverkan.funding.service;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import se.samverkan.funding.client.ProjectView;
import se.samverkan.funding.domain.Application;
import se.samverkan.funding.domain.CoFunding;
import se.samverkan.funding.domain.CoFundingStatus;
import se.samverkan.funding.domain.FundingCall;
import se.samverkan.funding.domain.Report;
import se.samverkan.funding.domain.ReportKind;
import se.samverkan.funding.domain.ReportStatus;
import se.samverkan.funding.repository.ApplicationRepository;
import se.samverkan.funding.repository.CallRepository;
import se.samverkan.funding.repository.CoFundingRepository;
import se.samverkan.funding.repository.ReportRepository;
import se.samverkan.platform.history.History;
import se.samverkan.platform.history.HistoryEntry;
import se.samverkan.platform.http.IfMatch;
import se.samverkan.platform.paging.PageRequest;
import se.samverkan.platform.paging.PageResponse;
import se.samverkan.platform.problem.FieldError;
import se.samverkan.platform.problem.ProblemException;
import se.samverkan.platform.time.SwedishTime;

/**
 * Reporting duties: what a grant's recipient or a co-funded project must report to its funder, and when. A grant's
 * schedule is made from its call's rules when it is granted; any duty may also be entered by hand. A duty not
 * submitted by its due date is OVERDUE from the next day in Sweden, marked once with one event.
 */
@ApplicationScoped
public class ReportService {

    public static final String RESOURCE = "report";
    /** The longest project a call's rules make a schedule for; a longer one is surely a mistake in its dates. */
    private static final int MAX_SCHEDULED_YEARS = 30;

    private final ReportRepository reports;
    private final ApplicationRepository applications;
    private final CallRepository calls;
    private final CoFundingRepository coFunding;
    private final History history;
    private final FundingEvents events;
    private final Clock clock;
    private final AccessPolicy access;

    public ReportService(ReportRepository reports, ApplicationRepository applications, CallRepository calls,
            CoFundingRepository coFunding, History history, FundingEvents events, Clock clock, AccessPolicy access) {
        this.access = access;
        this.reports = reports;
        this.applications = applications;
        this.calls = calls;
        this.coFunding = coFunding;
        this.history = history;
        this.events = events;
        this.clock = clock;
    }

    /** Today in Sweden. */
    public LocalDate today() {
        return SwedishTime.today(clock);
    }

    public Report get(UUID id) {
        return reports.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Report", id));
    }

    /** A page of them with its total, both read in one transaction. */
    @Transactional
    public PageResponse<Report> list(ReportRepository.Filter filter, PageRequest page) {
        return PageResponse.of(reports.search(filter, page), page);
    }

    /** A duty entered by hand against a granted application or a proposed or approved commitment. */
    @Transactional
    public Report create(Report draft) {
        draft.status = ReportStatus.DUE;
        attach(draft);
        access.mayManageReport(draft);
        checkDates(draft);
        return schedule(draft);
    }

    /** Changes a duty's kind, period or due date while nothing is submitted; an overdue one moved later is due again. */
    @Transactional
    public Report replace(UUID id, IfMatch ifMatch, Consumer<Report> changes) {
        Report report = locked(id);
        access.mayManageReport(report);
        ifMatch.check(report.version);
        requireEditable(report, "changed");
        UUID application = report.applicationId;
        UUID commitment = report.coFundingId;
        changes.accept(report);
        if (!java.util.Objects.equals(application, report.applicationId)
                || !java.util.Objects.equals(commitment, report.coFundingId)) {
            throw ProblemException.ruleBroken("report-moved", "A report stays with the grant or commitment it was "
                    + "scheduled for; delete it and schedule a new one");
        }
        checkDates(report);
        boolean wasOverdue = report.status == ReportStatus.OVERDUE;
        if (wasOverdue && !today().isAfter(report.dueOn)) {
            report.status = ReportStatus.DUE;
            report.overdueSince = null;
        }
        if (report.isOverdueOn(today())) {
            report.markOverdue();
        }
        reports.flush();
        record(report, HistoryEntry.Action.UPDATED);
        if (report.status == ReportStatus.OVERDUE && !wasOverdue) {
            events.reportOverdue(report);
        }
        return report;
    }

    /** A duty scheduled by mistake, while nothing is submitted; the history keeps it. */
    @Transactional
    public void delete(UUID id, IfMatch ifMatch) {
        Report report = locked(id);
        access.mayManageReport(report);
        ifMatch.check(report.version);
        requireEditable(report, "deleted");
        record(report, HistoryEntry.Action.DELETED);
        reports.delete(report);
        reports.flush();
    }

    /**
     * The schedule a granted application's call asks for, over the project's period: a payment claim and a progress
     * report for each calendar year of it (the first and last cut to the period), due the call's number of months
     * after the period covered ends, and a final report due its number of months after the project ends. Runs in the
     * grant's transaction.
     */
    void scheduleFromCall(Application grant, FundingCall call, ProjectView project) {
        if (!call.hasReportRules()) {
            return;
        }
        if (project == null || project.startDate() == null || project.endDate() == null) {
            throw ProblemException.ruleBroken("project-period-unknown", "The call's reporting rules run over the "
                    + "project's period, and project " + grant.projectId + " has none; give it its dates first");
        }
        LocalDate start = project.startDate();
        LocalDate end = project.endDate();
        if (end.getYear() - start.getYear() >= MAX_SCHEDULED_YEARS) {
            throw ProblemException.ruleBroken("project-period-too-long", "The project runs " + start + " – " + end
                    + "; the call's yearly reports are scheduled for at most " + MAX_SCHEDULED_YEARS + " years");
        }
        List<Report> schedule = new ArrayList<>();
        for (int year = start.getYear(); year <= end.getYear(); year++) {
            LocalDate from = max(start, LocalDate.of(year, 1, 1));
            LocalDate to = min(end, LocalDate.of(year, 12, 31));
            if (call.paymentClaimMonthsAfterYear != null) {
                schedule.add(fromCall(grant, call, ReportKind.PAYMENT_CLAIM, from, to,
                        to.plusMonths(call.paymentClaimMonthsAfterYear)));
            }
            if (call.progressReportMonthsAfterYear != null) {
                schedule.add(fromCall(grant, call, ReportKind.PROGRESS_REPORT, from, to,
                        to.plusMonths(call.progressReportMonthsAfterYear)));
            }
        }
        if (call.finalReportMonthsAfterEnd != null) {
            schedule.add(fromCall(grant, call, ReportKind.FINAL_REPORT, start, end,
                    end.plusMonths(call.finalReportMonthsAfterEnd)));
        }
        schedule.forEach(this::schedule);
    }

    /** The recipient hands the report in (late too): DUE, OVERDUE or RETURNED → SUBMITTED. */
    @Transactional
    public Report submit(UUID id, IfMatch ifMatch, LocalDate submittedOn, String documentUrl,
            BigDecimal amountClaimed) {
        Report report = changeable(id, ifMatch);
        requireMove(report, ReportStatus.SUBMITTED, "submitted");
        if (report.kind == ReportKind.PAYMENT_CLAIM && amountClaimed == null) {
            throw ProblemException.invalid("amountClaimed", "a payment claim says how much it claims");
        }
        if (report.kind != ReportKind.PAYMENT_CLAIM && amountClaimed != null) {
            throw ProblemException.invalid("amountClaimed", "only a payment claim claims an amount; this is a "
                    + report.kind);
        }
        if (submittedOn.isAfter(today())) {
            throw ProblemException.ruleBroken("submitted-in-the-future", "The submission date " + submittedOn
                    + " is after today, " + today(), List.of(new FieldError("submittedOn", "after today")));
        }
        report.status = ReportStatus.SUBMITTED;
        report.submittedOn = submittedOn;
        report.documentUrl = documentUrl;
        report.amountClaimed = amountClaimed == null ? null : amountClaimed.setScale(2, java.math.RoundingMode.UNNECESSARY);
        report.decidedOn = null;
        return save(report);
    }

    /** The funder accepts the report: SUBMITTED → APPROVED. An approved payment claim lets that year's payment go. */
    @Transactional
    public Report approve(UUID id, IfMatch ifMatch, LocalDate decidedOn) {
        Report report = locked(id);
        access.mayManageReport(report);
        changeable(report, ifMatch);
        requireMove(report, ReportStatus.APPROVED, "approved");
        decide(report, decidedOn);
        report.status = ReportStatus.APPROVED;
        report.returnReason = null;
        return save(report);
    }

    /** The funder sends the report back for completion: SUBMITTED → RETURNED, to be submitted again. */
    @Transactional
    public Report sendBack(UUID id, IfMatch ifMatch, LocalDate decidedOn, String reason) {
        Report report = locked(id);
        access.mayManageReport(report);
        changeable(report, ifMatch);
        requireMove(report, ReportStatus.RETURNED, "returned");
        decide(report, decidedOn);
        report.status = ReportStatus.RETURNED;
        report.returnReason = reason;
        return save(report);
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

    /**
     * Marks up to {@code limit} reports overdue whose due date is before {@code today}, each with a new version, a
     * history line and one {@code se.samverkan.report.overdue} event; returns how many. Runs in the caller's
     * transaction ({@link ReportOverdueCheck}).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int markOverdue(LocalDate today, int limit) {
        List<UUID> due = reports.lockBecomingOverdue(today, limit);
        for (UUID id : due) {
            Report report = get(id);
            report.markOverdue();
            reports.flush();
            record(report, HistoryEntry.Action.UPDATED);
            events.reportOverdue(report);
        }
        return due.size();
    }

    /** A project's reports counted by status. */
    @Transactional
    public Map<ReportStatus, Long> countByStatus(UUID projectId) {
        return reports.countByStatus(projectId);
    }

    /**
     * A payment for the year against the grant or commitment waits for the year's payment claim: refused (409) while
     * a claim covering that year is not approved. For a grant, only when its call says so; a municipality pays its
     * co-funding against a claim, so a claim scheduled for a commitment always holds its year's payment.
     */
    void requireApprovedClaim(UUID applicationId, UUID coFundingId, int year, FundingCall call) {
        if (applicationId != null && (call == null || !call.gatesPaymentsOnClaims())) {
            return;
        }
        List<Report> waiting = reports.unapprovedClaims(applicationId, coFundingId, year);
        if (!waiting.isEmpty()) {
            Report claim = waiting.get(0);
            throw ProblemException.conflict("payment-claim-not-approved", "The payment for " + year + " waits for "
                    + "its payment claim " + claim.id + " (" + claim.periodStart + " – " + claim.periodEnd + ", due "
                    + claim.dueOn + "), which is " + claim.status + "; it is paid once the claim is APPROVED");
        }
    }

    private Report fromCall(Application grant, FundingCall call, ReportKind kind, LocalDate from, LocalDate to,
            LocalDate dueOn) {
        Report report = new Report();
        report.applicationId = grant.id;
        report.projectId = grant.projectId;
        report.funderOrganisationId = call.funderOrganisationId;
        report.kind = kind;
        report.periodStart = from;
        report.periodEnd = to;
        report.dueOn = dueOn;
        report.status = ReportStatus.DUE;
        report.fromCallRules = true;
        return report;
    }

    /** Saves a new duty; one already past its due date is overdue at once, with its event. */
    private Report schedule(Report report) {
        if (report.isOverdueOn(today())) {
            report.markOverdue();
        }
        reports.persistAndFlush(report);
        record(report, HistoryEntry.Action.CREATED);
        if (report.status == ReportStatus.OVERDUE) {
            events.reportOverdue(report);
        }
        return report;
    }

    /** The project and the funder, from the granted application or the commitment the duty is for. */
    private void attach(Report report) {
        if ((report.applicationId == null) == (report.coFundingId == null)) {
            throw ProblemException.invalid("applicationId", "give either applicationId or coFundingId, not both or "
                    + "neither");
        }
        if (report.applicationId != null) {
            Application application = applications.findByIdOptional(report.applicationId).orElseThrow(() ->
                    ProblemException.ruleBroken("unknown-application", "No application has id "
                            + report.applicationId));
            if (!application.status.grantsMoney()) {
                throw ProblemException.conflict("application-not-granted", "Application " + application.id + " is "
                        + application.status + "; reports are due only from a GRANTED application");
            }
            report.projectId = application.projectId;
            report.funderOrganisationId = calls.findByIdOptional(application.callId).orElseThrow().funderOrganisationId;
        } else {
            CoFunding commitment = coFunding.findByIdOptional(report.coFundingId).orElseThrow(() ->
                    ProblemException.ruleBroken("unknown-co-funding", "No co-funding has id " + report.coFundingId));
            if (commitment.status != CoFundingStatus.PROPOSED && commitment.status != CoFundingStatus.APPROVED) {
                throw ProblemException.conflict("co-funding-not-committed", "Co-funding " + commitment.id + " is "
                        + commitment.status + "; reports are due only against a PROPOSED or APPROVED commitment");
            }
            report.projectId = commitment.projectId;
            report.funderOrganisationId = commitment.funderOrganisationId;
        }
    }

    private static void checkDates(Report report) {
        if (report.periodEnd.isBefore(report.periodStart)) {
            throw ProblemException.invalid("periodEnd", "the period ends on " + report.periodEnd + ", "
                    + ChronoUnit.DAYS.between(report.periodEnd, report.periodStart) + " day(s) before it starts on "
                    + report.periodStart);
        }
        if (report.dueOn.isBefore(report.periodStart)) {
            throw ProblemException.ruleBroken("due-before-period", "The report is due on " + report.dueOn
                    + ", before the period it covers starts on " + report.periodStart,
                    List.of(new FieldError("dueOn", "before periodStart")));
        }
    }

    private static void decide(Report report, LocalDate decidedOn) {
        if (decidedOn.isBefore(report.submittedOn)) {
            throw ProblemException.ruleBroken("decided-before-submitted", "The decision date " + decidedOn + " is "
                    + ChronoUnit.DAYS.between(decidedOn, report.submittedOn) + " day(s) before the report was "
                    + "submitted on " + report.submittedOn, List.of(new FieldError("decidedOn", "before submittedOn")));
        }
        report.decidedOn = decidedOn;
    }

    private Report changeable(UUID id, IfMatch ifMatch) {
        return changeable(locked(id), ifMatch);
    }

    private static Report changeable(Report report, IfMatch ifMatch) {
        if (ifMatch != null) {
            ifMatch.check(report.version);
        }
        return report;
    }

    /** The report, locked for the rest of the transaction: access and state are judged on the row as it stays. */
    private Report locked(UUID id) {
        return reports.findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.notFound("Report", id));
    }

    private Report save(Report report) {
        reports.flush();
        record(report, HistoryEntry.Action.UPDATED);
        return report;
    }

    private void record(Report report, HistoryEntry.Action action) {
        history.record(RESOURCE, report.id, report.version, action, report);
    }

    /** The transitions are the status's own ({@link ReportStatus#next()}); this only words the refusal. */
    private static void requireMove(Report report, ReportStatus target, String action) {
        if (!report.status.canMoveTo(target)) {
            throw ProblemException.conflict("invalid-transition", "The report is " + report.status
                    + " and cannot be " + action + "; that needs status " + target.reachedFrom());
        }
    }

    private static void requireEditable(Report report, String action) {
        if (!report.status.editable()) {
            throw ProblemException.conflict("invalid-transition", "The report is " + report.status + " and cannot be "
                    + action + "; only a report not yet submitted can");
        }
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
