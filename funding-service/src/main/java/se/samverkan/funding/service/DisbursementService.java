package se.samverkan.funding.service;

import java.math.BigDecimal;
import java.util.UUID;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import se.samverkan.funding.domain.Application;
import se.samverkan.funding.domain.CoFunding;
import se.samverkan.funding.domain.Disbursement;
import se.samverkan.funding.domain.ScheduleEntry;
import se.samverkan.funding.repository.ApplicationRepository;
import se.samverkan.funding.repository.CallRepository;
import se.samverkan.funding.repository.CoFundingRepository;
import se.samverkan.funding.repository.DisbursementRepository;
import se.samverkan.platform.history.History;
import se.samverkan.platform.history.HistoryEntry;
import se.samverkan.platform.http.IfMatch;
import se.samverkan.platform.paging.PageRequest;
import se.samverkan.platform.paging.PageResponse;
import se.samverkan.platform.problem.ProblemException;

/**
 * Payments against approved commitments and granted applications. The commitment's or grant's row is locked
 * ({@code SELECT … FOR UPDATE}) before the paid sum is read, so two concurrent payments that together would exceed
 * it run one after the other and the second sees the first.
 */
@ApplicationScoped
public class DisbursementService {

    public static final String RESOURCE = "disbursement";

    private final DisbursementRepository disbursements;
    private final CoFundingRepository coFunding;
    private final ApplicationRepository applications;
    private final History history;
    private final FundingEvents events;
    private final CallRepository calls;
    private final ReportService reports;
    private final AccessPolicy access;

    public DisbursementService(DisbursementRepository disbursements, CoFundingRepository coFunding,
            ApplicationRepository applications, History history, FundingEvents events, CallRepository calls,
            ReportService reports, AccessPolicy access) {
        this.calls = calls;
        this.reports = reports;
        this.access = access;
        this.events = events;
        this.disbursements = disbursements;
        this.coFunding = coFunding;
        this.applications = applications;
        this.history = history;
    }

    public Disbursement get(UUID id) {
        return disbursements.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Disbursement", id));
    }

    /** A page of them with its total, both read in one transaction. */
    @Transactional
    public PageResponse<Disbursement> list(DisbursementRepository.Filter filter, PageRequest page) {
        return PageResponse.of(disbursements.search(filter, page), page);
    }

    @Transactional
    public Disbursement create(Disbursement draft) {
        mayRegister(draft, LockModeType.PESSIMISTIC_WRITE);
        check(draft);
        disbursements.persistAndFlush(draft);
        history.record(RESOURCE, draft.id, draft.version, HistoryEntry.Action.CREATED, draft);
        events.disbursementRecorded(draft);
        return draft;
    }

    /** Corrects a payment: checked against its commitment or grant like a new one, the old amount left out. */
    @Transactional
    public Disbursement replace(UUID id, IfMatch ifMatch, Consumer<Disbursement> changes) {
        Disbursement disbursement = changeable(id);
        ifMatch.check(disbursement.version);
        changes.accept(disbursement);
        mayRegister(disbursement, LockModeType.PESSIMISTIC_WRITE);
        check(disbursement);
        disbursements.flush();
        history.record(RESOURCE, disbursement.id, disbursement.version, HistoryEntry.Action.UPDATED, disbursement);
        return disbursement;
    }

    /** A payment registered by mistake; the history keeps it. */
    @Transactional
    public void delete(UUID id, IfMatch ifMatch) {
        Disbursement disbursement = changeable(id);
        ifMatch.check(disbursement.version);
        history.record(RESOURCE, disbursement.id, disbursement.version, HistoryEntry.Action.DELETED, disbursement);
        disbursements.delete(disbursement);
        disbursements.flush();
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
     * Whether the caller may register this payment ({@link AccessPolicy}); asked before an Idempotency-Key is looked
     * up (so a replay is judged too), and again in the write's transaction on the locked commitment.
     */
    public void checkNew(Disbursement draft) {
        mayRegister(draft, LockModeType.NONE);
    }

    private void mayRegister(Disbursement draft, LockModeType lock) {
        CoFunding commitment = draft.coFundingId == null ? null
                : coFunding.findByIdOptional(draft.coFundingId, lock).orElse(null);
        access.mayRegisterDisbursement(draft.applicationId != null, commitment);
    }

    /** The payment locked for this transaction's write, once the caller may change it ({@link AccessPolicy}). */
    private Disbursement changeable(UUID id) {
        Disbursement disbursement = disbursements.findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.notFound("Disbursement", id));
        CoFunding commitment = disbursement.coFundingId == null ? null
                : coFunding.findByIdOptional(disbursement.coFundingId, LockModeType.PESSIMISTIC_WRITE).orElse(null);
        access.mayChangeDisbursement(disbursement, commitment);
        return disbursement;
    }

    private void check(Disbursement draft) {
        if ((draft.coFundingId == null) == (draft.applicationId == null)) {
            throw ProblemException.invalid("coFundingId", "give either coFundingId or applicationId, not both or neither");
        }
        if (draft.coFundingId != null) {
            checkAgainstCommitment(draft);
        } else {
            checkAgainstGrant(draft);
        }
    }

    private void checkAgainstCommitment(Disbursement draft) {
        CoFunding commitment = coFunding.findByIdOptional(draft.coFundingId, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.ruleBroken("unknown-co-funding",
                        "No co-funding has id " + draft.coFundingId));
        if (!commitment.status.commitsMoney()) {
            throw ProblemException.conflict("co-funding-not-approved", "Co-funding " + commitment.id + " is "
                    + commitment.status + "; money is paid only against an APPROVED commitment");
        }
        BigDecimal committed = commitment.committedFor(draft.year).orElseThrow(() -> ProblemException.ruleBroken(
                "year-not-committed", "Co-funding " + commitment.id + " commits nothing for " + draft.year
                        + "; its schedule covers " + commitment.schedule.stream().map((ScheduleEntry e) -> e.year)
                                .toList()));
        reports.requireApprovedClaim(null, commitment.id, draft.year, null);
        BigDecimal paid = disbursements.paidForYear(commitment.id, draft.year, draft.id);
        BigDecimal after = paid.add(draft.amount);
        if (after.compareTo(committed) > 0) {
            throw ProblemException.conflict("over-disbursement", "For " + draft.year + " the commitment is "
                    + Sek.of(committed) + " and " + Sek.of(paid) + " is already paid: " + Sek.of(draft.amount)
                    + " more would exceed it by " + Sek.of(after.subtract(committed)) + " (at most "
                    + Sek.of(committed.subtract(paid)) + " remains)");
        }
    }

    private void checkAgainstGrant(Disbursement draft) {
        Application application = applications.findByIdOptional(draft.applicationId, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.ruleBroken("unknown-application",
                        "No application has id " + draft.applicationId));
        if (!application.status.grantsMoney()) {
            throw ProblemException.conflict("application-not-granted", "Application " + application.id + " is "
                    + application.status + "; money is paid only against a GRANTED application");
        }
        reports.requireApprovedClaim(application.id, null, draft.year,
                calls.findByIdOptional(application.callId).orElse(null));
        BigDecimal paid = disbursements.paidForApplication(application.id, draft.id);
        BigDecimal after = paid.add(draft.amount);
        if (after.compareTo(application.grantedAmount) > 0) {
            throw ProblemException.conflict("over-disbursement", "The grant is " + Sek.of(application.grantedAmount)
                    + " and " + Sek.of(paid) + " is already paid: " + Sek.of(draft.amount) + " more would exceed it by "
                    + Sek.of(after.subtract(application.grantedAmount)) + " (at most "
                    + Sek.of(application.grantedAmount.subtract(paid)) + " remains)");
        }
    }
}
