package se.samverkan.funding.service;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import io.quarkus.hibernate.orm.panache.PanacheQuery;

import se.samverkan.funding.domain.CoFunding;
import se.samverkan.funding.domain.CoFundingStatus;
import se.samverkan.funding.domain.DecisionCase;
import se.samverkan.funding.domain.DecisionStep;
import se.samverkan.funding.domain.StepKind;
import se.samverkan.funding.repository.CoFundingRepository;
import se.samverkan.funding.repository.DecisionCaseRepository;
import se.samverkan.platform.history.History;
import se.samverkan.platform.history.HistoryEntry;
import se.samverkan.platform.http.IfMatch;
import se.samverkan.platform.paging.PageRequest;
import se.samverkan.platform.problem.ProblemException;

/**
 * The municipal path to a decision: OFFICIAL_MEMO → COMMITTEE_PROPOSAL → BOARD_DECISION. The board's decision
 * sets the status of the co-funding it decides, in the same transaction.
 */
@ApplicationScoped
public class DecisionCaseService {

    public static final String RESOURCE = "decision-case";

    private final DecisionCaseRepository cases;
    private final CoFundingRepository coFunding;
    private final CoFundingService coFundingService;
    private final History history;
    private final ProjectReferences references;
    private final FundingEvents events;

    public DecisionCaseService(DecisionCaseRepository cases, CoFundingRepository coFunding,
            CoFundingService coFundingService, History history,
            ProjectReferences references, FundingEvents events) {
        this.references = references;
        this.events = events;
        this.cases = cases;
        this.coFunding = coFunding;
        this.coFundingService = coFundingService;
        this.history = history;
    }

    public DecisionCase get(UUID id) {
        return cases.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Decision case", id));
    }

    public PanacheQuery<DecisionCase> list(DecisionCaseRepository.Filter filter, PageRequest page) {
        return cases.search(filter, page);
    }

    @Transactional
    public DecisionCase create(DecisionCase draft) {
        references.organisation(draft.organisationId, "organisationId");
        checkCommitments(draft);
        cases.persistAndFlush(draft);
        history.record(RESOURCE, draft.id, draft.version, HistoryEntry.Action.CREATED, draft);
        return draft;
    }

    @Transactional
    public DecisionCase replace(UUID id, IfMatch ifMatch, Consumer<DecisionCase> changes) {
        DecisionCase decisionCase = get(id);
        ifMatch.check(decisionCase.version);
        Set<UUID> before = new LinkedHashSet<>(decisionCase.coFundingIds);
        UUID organisation = decisionCase.organisationId;
        changes.accept(decisionCase);
        if (decisionCase.boardDecision().isPresent() && (!before.equals(decisionCase.coFundingIds)
                || !organisation.equals(decisionCase.organisationId))) {
            throw ProblemException.conflict("case-decided", "The board has decided this case; what it decided on "
                    + "(organisation and co-funding) cannot change, open a new case");
        }
        if (!organisation.equals(decisionCase.organisationId)) {
            references.organisation(decisionCase.organisationId, "organisationId");
        }
        checkCommitments(decisionCase);
        return save(decisionCase);
    }

    @Transactional
    public void delete(UUID id, IfMatch ifMatch) {
        DecisionCase decisionCase = get(id);
        ifMatch.check(decisionCase.version);
        if (!decisionCase.steps.isEmpty()) {
            throw ProblemException.conflict("case-has-steps", "The case has " + decisionCase.steps.size()
                    + " step(s); a case with a recorded step is kept as part of the record");
        }
        history.record(RESOURCE, decisionCase.id, decisionCase.version, HistoryEntry.Action.DELETED, decisionCase);
        cases.delete(decisionCase);
        cases.flush();
    }

    /** Appends the next step; a board decision with an outcome decides the case's co-funding. */
    @Transactional
    public DecisionCase addStep(UUID id, DecisionStep step) {
        DecisionCase decisionCase = get(id);
        DecisionStep last = decisionCase.lastStep().orElse(null);
        if (last != null && last.kind == StepKind.BOARD_DECISION) {
            throw ProblemException.conflict("case-already-decided", "The board already decided this case on "
                    + last.date + " (" + last.paragraph + "); a case has one board decision, open a new case");
        }
        StepKind expected = last == null ? StepKind.OFFICIAL_MEMO : last.kind.next();
        if (step.kind != expected) {
            throw ProblemException.conflict("step-out-of-order", "The next step of this case is " + expected
                    + (last == null ? " (nothing recorded yet)" : " (after the " + last.kind + " of " + last.date + ")")
                    + ", not " + step.kind + "; the order is OFFICIAL_MEMO → COMMITTEE_PROPOSAL → BOARD_DECISION");
        }
        if (last != null && step.date.isBefore(last.date)) {
            throw ProblemException.conflict("step-before-previous", "The " + step.kind + " of " + step.date + " is "
                    + ChronoUnit.DAYS.between(step.date, last.date) + " day(s) before the " + last.kind + " of "
                    + last.date);
        }
        if (step.kind == StepKind.BOARD_DECISION) {
            checkBoardDates(step);
        }
        decisionCase.steps.add(step);
        cases.flush();
        if (step.kind == StepKind.BOARD_DECISION) {
            decide(decisionCase, step);
        }
        history.record(RESOURCE, decisionCase.id, decisionCase.version, HistoryEntry.Action.UPDATED, decisionCase);
        events.stepRecorded(decisionCase, step);
        return decisionCase;
    }

    /** Every version, also of a deleted one: the trail outlives the resource. */
    public List<HistoryEntry> history(UUID id) {
        List<HistoryEntry> versions = history.of(RESOURCE, id);
        if (versions.isEmpty()) {
            get(id);
        }
        return versions;
    }

    /**
     * Sets the status of the case's co-funding. A decision recorded after its appeal window has passed (an old
     * decision entered now) makes the commitment legally final in the same version.
     */
    private void decide(DecisionCase decisionCase, DecisionStep board) {
        CoFundingStatus status = switch (board.outcome) {
            case APPROVED -> CoFundingStatus.APPROVED;
            case REJECTED -> CoFundingStatus.REJECTED;
        };
        LocalDate appealWindowEndsOn = DecisionCase.appealWindowEnd(board.publicNoticeOn);
        LocalDate today = coFundingService.today();
        for (UUID coFundingId : decisionCase.coFundingIds) {
            // Locked like a disbursement locks it, so nothing is paid against a commitment while it is being decided.
            CoFunding commitment = coFunding.findByIdOptional(coFundingId, LockModeType.PESSIMISTIC_WRITE)
                    .orElseThrow(() -> ProblemException.conflict("unknown-co-funding",
                            "Co-funding " + coFundingId + " of this case no longer exists"));
            if (commitment.status == CoFundingStatus.WITHDRAWN) {
                throw ProblemException.conflict("co-funding-withdrawn", "Co-funding " + coFundingId
                        + " was withdrawn; take it out of the case before the board decides");
            }
            commitment.status = status;
            commitment.decisionCaseId = decisionCase.id;
            commitment.appealWindowEndsOn = appealWindowEndsOn;
            commitment.legallyFinal = false; // this decision has an appeal window of its own
            boolean alreadyFinal = commitment.becomesLegallyFinal(today);
            commitment.legallyFinal = alreadyFinal;
            coFunding.flush();
            coFundingService.record(commitment, HistoryEntry.Action.UPDATED);
            events.coFundingStatus(commitment);
            if (alreadyFinal) {
                events.coFundingLegallyFinal(commitment);
            }
        }
    }

    private static void checkBoardDates(DecisionStep step) {
        if (step.minutesApprovedOn != null && step.minutesApprovedOn.isBefore(step.date)) {
            throw ProblemException.conflict("minutes-before-decision", "The minutes were approved on "
                    + step.minutesApprovedOn + ", " + ChronoUnit.DAYS.between(step.minutesApprovedOn, step.date)
                    + " day(s) before the decision of " + step.date);
        }
        LocalDate earliestNotice = step.minutesApprovedOn != null ? step.minutesApprovedOn : step.date;
        if (step.publicNoticeOn.isBefore(earliestNotice)) {
            throw ProblemException.conflict("notice-before-minutes", "The public notice of " + step.publicNoticeOn
                    + " is " + ChronoUnit.DAYS.between(step.publicNoticeOn, earliestNotice) + " day(s) before "
                    + (step.minutesApprovedOn != null ? "the minutes were approved" : "the decision") + " on "
                    + earliestNotice + "; the notice follows the approved minutes");
        }
    }

    /** Every co-funding the case decides exists and is the case's organisation's commitment. */
    private void checkCommitments(DecisionCase decisionCase) {
        for (UUID coFundingId : decisionCase.coFundingIds) {
            CoFunding commitment = coFunding.findByIdOptional(coFundingId).orElseThrow(() ->
                    ProblemException.ruleBroken("unknown-co-funding", "No co-funding has id " + coFundingId));
            if (!commitment.funderOrganisationId.equals(decisionCase.organisationId)) {
                throw ProblemException.ruleBroken("not-the-funder", "Co-funding " + coFundingId + " is committed by "
                        + commitment.funderOrganisationId + ", not by " + decisionCase.organisationId
                        + " whose case this is");
            }
        }
    }

    private DecisionCase save(DecisionCase decisionCase) {
        cases.flush();
        history.record(RESOURCE, decisionCase.id, decisionCase.version, HistoryEntry.Action.UPDATED, decisionCase);
        return decisionCase;
    }
}
