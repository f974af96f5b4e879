package se.samverkan.funding.service;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import se.samverkan.funding.config.DecisionCaseConfig;
import se.samverkan.funding.domain.Appeal;
import se.samverkan.funding.domain.AppealOutcome;
import se.samverkan.funding.domain.CoFunding;
import se.samverkan.funding.domain.CoFundingStatus;
import se.samverkan.funding.domain.DecidingBody;
import se.samverkan.funding.domain.DecisionCase;
import se.samverkan.funding.domain.DecisionStep;
import se.samverkan.funding.domain.StepCorrection;
import se.samverkan.funding.domain.StepKind;
import se.samverkan.funding.repository.CoFundingRepository;
import se.samverkan.funding.repository.DecisionCaseRepository;
import se.samverkan.platform.audit.Actor;
import se.samverkan.platform.audit.CurrentActor;
import se.samverkan.platform.history.History;
import se.samverkan.platform.history.HistoryEntry;
import se.samverkan.platform.http.IfMatch;
import se.samverkan.platform.paging.PageRequest;
import se.samverkan.platform.paging.PageResponse;
import se.samverkan.platform.problem.ProblemException;

/**
 * The municipal path to a decision: OFFICIAL_MEMO → COMMITTEE_PROPOSAL → BOARD_DECISION, or, above the council
 * threshold, → BOARD_PROPOSAL → COUNCIL_DECISION; a REFERRAL_BACK (återremiss) sends the matter back to be prepared
 * again. The decision sets the status of the co-funding it decides, in the same transaction; an appeal holds it from
 * becoming legally final, and a quashed decision returns the co-funding to PROPOSED. A recorded step can be
 * corrected, with the reason kept.
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
    private final DecisionCaseConfig config;
    private final CurrentActor actor;
    private final Clock clock;
    private final AccessPolicy access;

    public DecisionCaseService(DecisionCaseRepository cases, CoFundingRepository coFunding,
            CoFundingService coFundingService, History history,
            ProjectReferences references, FundingEvents events, DecisionCaseConfig config, CurrentActor actor,
            Clock clock, AccessPolicy access) {
        this.access = access;
        this.config = config;
        this.actor = actor;
        this.clock = clock;
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

    /**
     * The case locked for this transaction's write, once the caller may change it ({@link AccessPolicy}): judged on
     * the row as it is now, not as it was when the request came in.
     */
    private DecisionCase changeable(UUID id) {
        DecisionCase decisionCase = cases.findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.notFound("Decision case", id));
        access.mayChangeDecisionCase(decisionCase);
        return decisionCase;
    }

    /**
     * Whether the caller may open a case for this organisation on these commitments; asked before an
     * Idempotency-Key is looked up (so a replay is judged too), and again in the create's transaction.
     */
    public void checkNew(DecisionCase draft) {
        access.mayOpenDecisionCase(draft.organisationId, known(draft.coFundingIds, LockModeType.NONE));
    }

    /**
     * Whether the caller may change the case; asked before an Idempotency-Key of a step or an appeal is looked up
     * (so a replay is judged too), and again on the locked row when the write runs.
     */
    public void checkChange(UUID id) {
        access.mayChangeDecisionCase(get(id));
    }

    /** The commitments of these ids that exist; an unknown one is the case's 422, not a refusal. */
    private List<CoFunding> known(Collection<UUID> ids, LockModeType lock) {
        List<CoFunding> known = new ArrayList<>();
        for (UUID id : ids == null ? List.<UUID>of() : ids) {
            coFunding.findByIdOptional(id, lock).ifPresent(known::add);
        }
        return known;
    }

    /** A page of them with its total, both read in one transaction. */
    @Transactional
    public PageResponse<DecisionCase> list(DecisionCaseRepository.Filter filter, PageRequest page) {
        return PageResponse.of(cases.search(filter, page), page);
    }

    @Transactional
    public DecisionCase create(DecisionCase draft) {
        access.mayOpenDecisionCase(draft.organisationId, known(draft.coFundingIds, LockModeType.PESSIMISTIC_WRITE));
        references.organisation(draft.organisationId, "organisationId");
        checkCommitments(draft);
        draft.decidingBody = decidingBody(draft);
        cases.persistAndFlush(draft);
        history.record(RESOURCE, draft.id, draft.version, HistoryEntry.Action.CREATED, draft);
        return draft;
    }

    @Transactional
    public DecisionCase replace(UUID id, IfMatch ifMatch, Consumer<DecisionCase> changes) {
        DecisionCase decisionCase = changeable(id);
        ifMatch.check(decisionCase.version);
        Set<UUID> before = new LinkedHashSet<>(decisionCase.coFundingIds);
        UUID organisation = decisionCase.organisationId;
        changes.accept(decisionCase);
        access.mayOpenDecisionCase(decisionCase.organisationId,
                known(decisionCase.coFundingIds, LockModeType.PESSIMISTIC_WRITE));
        if (decisionCase.decision().isPresent() && (!before.equals(decisionCase.coFundingIds)
                || !organisation.equals(decisionCase.organisationId))) {
            throw ProblemException.conflict("case-decided", "This case is decided; what it decided on "
                    + "(organisation and co-funding) cannot change, open a new case");
        }
        if (!organisation.equals(decisionCase.organisationId)) {
            references.organisation(decisionCase.organisationId, "organisationId");
        }
        checkCommitments(decisionCase);
        if (decisionCase.decision().isEmpty()) {
            decisionCase.decidingBody = decidingBody(decisionCase);
        }
        return save(decisionCase);
    }

    @Transactional
    public void delete(UUID id, IfMatch ifMatch) {
        DecisionCase decisionCase = changeable(id);
        ifMatch.check(decisionCase.version);
        if (!decisionCase.steps.isEmpty()) {
            throw ProblemException.conflict("case-has-steps", "The case has " + decisionCase.steps.size()
                    + " step(s); a case with a recorded step is kept as part of the record");
        }
        history.record(RESOURCE, decisionCase.id, decisionCase.version, HistoryEntry.Action.DELETED, decisionCase);
        cases.delete(decisionCase);
        cases.flush();
    }

    /** Appends the next step; a board's or council's decision decides the case's co-funding. */
    @Transactional
    public DecisionCase addStep(UUID id, DecisionStep step) {
        DecisionCase decisionCase = changeable(id);
        DecisionStep last = decisionCase.lastStep().orElse(null);
        if (last != null && last.kind.decides()) {
            throw ProblemException.conflict("case-already-decided", "The " + (last.kind == StepKind.COUNCIL_DECISION
                    ? "council" : "board") + " already decided this case on " + last.date + " (" + last.paragraph
                    + "); a case has one decision, open a new case");
        }
        decisionCase.decidingBody = decidingBody(decisionCase);
        List<StepKind> allowed = decisionCase.nextSteps();
        if (!allowed.contains(step.kind)) {
            throw ProblemException.conflict("step-out-of-order", "The next step of this case is "
                    + (allowed.size() == 1 ? allowed.get(0) : "one of " + String.join(", ",
                            allowed.stream().map(StepKind::name).toList()))
                    + (last == null ? " (nothing recorded yet)" : " (after the " + last.kind + " of " + last.date + ")")
                    + ", not " + step.kind + "; the path is " + String.join(" → ",
                            decisionCase.path().stream().map(StepKind::name).toList())
                    + pathReason(decisionCase) + ", and each body may refer the matter back (REFERRAL_BACK)");
        }
        if (last != null && step.date.isBefore(last.date)) {
            throw ProblemException.conflict("step-before-previous", "The " + step.kind + " of " + step.date + " is "
                    + ChronoUnit.DAYS.between(step.date, last.date) + " day(s) before the " + last.kind + " of "
                    + last.date);
        }
        if (step.kind.decides()) {
            checkDecisionDates(step);
        }
        decisionCase.steps.add(step);
        cases.flush();
        if (step.kind.decides()) {
            decide(decisionCase, step);
        }
        history.record(RESOURCE, decisionCase.id, decisionCase.version, HistoryEntry.Action.UPDATED, decisionCase);
        events.stepRecorded(decisionCase, step);
        return decisionCase;
    }

    /**
     * Corrects step {@code number} (from 1): same kind, dates still in order, with the reason kept beside who made it
     * and when. Until the case is legally final its owner may do it; after that only an admin ({@code asAdmin}).
     * A corrected outcome or notice of the decision decides the co-funding again.
     */
    @Transactional
    public DecisionCase correctStep(UUID id, int number, IfMatch ifMatch, DecisionStep corrected, String reason) {
        DecisionCase decisionCase = changeable(id);
        boolean asAdmin = access.mayCorrectLegallyFinalCases();
        ifMatch.check(decisionCase.version);
        if (number < 1 || number > decisionCase.steps.size()) {
            throw ProblemException.notFound("Step", number + " of decision case " + id);
        }
        LocalDate today = coFundingService.today();
        if (!asAdmin && decisionCase.legallyFinal(today)) {
            throw new ProblemException(403, "case-legally-final", "Forbidden", "The decision of this case is legally "
                    + "final since " + decisionCase.appealWindowEndsOn().orElseThrow().plusDays(1)
                    + "; only an admin can correct its steps now, with a reason");
        }
        DecisionStep recorded = decisionCase.steps.get(number - 1);
        if (corrected.kind != recorded.kind) {
            throw ProblemException.conflict("step-kind-fixed", "Step " + number + " is a " + recorded.kind
                    + "; a correction keeps the kind (record the next step, or open a new case)");
        }
        List<String> changed = changedFields(recorded, corrected);
        if (changed.isEmpty()) {
            throw ProblemException.ruleBroken("correction-changes-nothing", "The corrected step " + number
                    + " is the same as the one recorded");
        }
        if (number > 1 && corrected.date.isBefore(decisionCase.steps.get(number - 2).date)) {
            DecisionStep previous = decisionCase.steps.get(number - 2);
            throw ProblemException.conflict("step-before-previous", "The corrected date " + corrected.date + " is "
                    + ChronoUnit.DAYS.between(corrected.date, previous.date) + " day(s) before the " + previous.kind
                    + " of " + previous.date);
        }
        if (number < decisionCase.steps.size() && corrected.date.isAfter(decisionCase.steps.get(number).date)) {
            DecisionStep next = decisionCase.steps.get(number);
            throw ProblemException.conflict("step-after-next", "The corrected date " + corrected.date + " is "
                    + ChronoUnit.DAYS.between(next.date, corrected.date) + " day(s) after the " + next.kind + " of "
                    + next.date);
        }
        boolean redecides = corrected.kind.decides()
                && (changed.contains("outcome") || changed.contains("publicNoticeOn"));
        if (corrected.kind.decides()) {
            checkDecisionDates(corrected);
            if (redecides && decisionCase.quashed()) {
                throw ProblemException.conflict("decision-quashed", "The court quashed this decision; its outcome "
                        + "and notice can no longer change what it decided, open a new case");
            }
        }
        decisionCase.steps.set(number - 1, corrected);
        StepCorrection correction = new StepCorrection();
        correction.stepNumber = number;
        correction.changedFields = String.join(", ", changed);
        correction.reason = reason;
        Actor who = actor.actor();
        correction.correctedBy = who.subject();
        correction.correctedByRole = who.role();
        correction.correctedByOrg = who.organisationId();
        correction.correctedAt = clock.instant();
        decisionCase.corrections.add(correction);
        cases.flush();
        if (redecides) {
            decide(decisionCase, corrected);
        }
        history.record(RESOURCE, decisionCase.id, decisionCase.version, HistoryEntry.Action.UPDATED, decisionCase);
        events.stepCorrected(decisionCase, number, corrected);
        return decisionCase;
    }

    /**
     * Records an appeal of the case's decision (laglighetsprövning, KL 13 kap.), lodged inside its window: until the
     * court rules, the decision is not legally final.
     */
    @Transactional
    public DecisionCase addAppeal(UUID id, Appeal appeal) {
        DecisionCase decisionCase = changeable(id);
        DecisionStep decision = decisionCase.decision().orElseThrow(() -> ProblemException.conflict("not-decided",
                "Nothing to appeal yet: the case has no board or council decision"));
        checkNotQuashed(decisionCase);
        if (appeal.lodgedOn.isBefore(decision.date)) {
            throw ProblemException.conflict("appeal-before-decision", "The appeal of " + appeal.lodgedOn + " is "
                    + ChronoUnit.DAYS.between(appeal.lodgedOn, decision.date) + " day(s) before the decision of "
                    + decision.date);
        }
        LocalDate windowEnds = decisionCase.appealWindowEndsOn().orElseThrow();
        if (appeal.lodgedOn.isAfter(windowEnds)) {
            throw ProblemException.conflict("appeal-after-window", "The appeal of " + appeal.lodgedOn + " came "
                    + ChronoUnit.DAYS.between(windowEnds, appeal.lodgedOn) + " day(s) after the appeal window ended on "
                    + windowEnds + "; the court dismisses a late appeal (KL 13 kap. 6 §) and the decision stands");
        }
        decisionCase.appeals.add(appeal);
        cases.flush();
        for (CoFunding commitment : decided(decisionCase)) {
            boolean wasFinal = commitment.legallyFinal;
            commitment.legallyFinal = false;
            coFunding.flush();
            if (wasFinal) {
                coFundingService.record(commitment, HistoryEntry.Action.UPDATED);
            }
            events.coFundingAppealed(commitment);
        }
        history.record(RESOURCE, decisionCase.id, decisionCase.version, HistoryEntry.Action.UPDATED, decisionCase);
        return decisionCase;
    }

    /**
     * Records the court's ruling on appeal {@code number} (from 1). A rejected appeal lets the decision become legally
     * final once its window has passed and no other appeal is pending; a quashed decision returns the case's
     * co-funding to PROPOSED.
     */
    @Transactional
    public DecisionCase ruleOnAppeal(UUID id, int number, AppealOutcome outcome, LocalDate decidedOn) {
        DecisionCase decisionCase = changeable(id);
        if (number < 1 || number > decisionCase.appeals.size()) {
            throw ProblemException.notFound("Appeal", number + " of decision case " + id);
        }
        Appeal appeal = decisionCase.appeals.get(number - 1);
        if (!appeal.pending()) {
            throw ProblemException.conflict("appeal-decided", "The court already ruled on appeal " + number + " ("
                    + appeal.courtCaseNumber + "): " + appeal.outcome + " on " + appeal.decidedOn);
        }
        checkNotQuashed(decisionCase);
        if (decidedOn.isBefore(appeal.lodgedOn)) {
            throw ProblemException.conflict("ruling-before-appeal", "The ruling of " + decidedOn + " is "
                    + ChronoUnit.DAYS.between(decidedOn, appeal.lodgedOn) + " day(s) before the appeal was lodged on "
                    + appeal.lodgedOn);
        }
        appeal.outcome = outcome;
        appeal.decidedOn = decidedOn;
        cases.flush();
        if (outcome == AppealOutcome.QUASHED) {
            cases.release(decisionCase.id);
        }
        LocalDate today = coFundingService.today();
        for (CoFunding commitment : decided(decisionCase)) {
            if (outcome == AppealOutcome.QUASHED) {
                commitment.status = CoFundingStatus.PROPOSED;
                commitment.appealWindowEndsOn = null;
                commitment.legallyFinal = false;
                coFunding.flush();
                coFundingService.record(commitment, HistoryEntry.Action.UPDATED);
                events.coFundingQuashed(commitment);
            } else if (!decisionCase.appealPending() && commitment.becomesLegallyFinal(today)) {
                commitment.legallyFinal = true;
                coFunding.flush();
                coFundingService.record(commitment, HistoryEntry.Action.UPDATED);
                events.coFundingLegallyFinal(commitment);
            }
        }
        history.record(RESOURCE, decisionCase.id, decisionCase.version, HistoryEntry.Action.UPDATED, decisionCase);
        return decisionCase;
    }

    /** The decision case as it was at an instant, from its history; 404 before it existed or once deleted. */
    @Transactional
    public History.Memento<DecisionCase> asOf(UUID id, Instant instant) {
        return history.asOf(RESOURCE, "Decision case", id, instant, DecisionCase.class);
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
     * Sets the status of the case's co-funding. A decision recorded after its appeal window has passed (an old
     * decision entered now) makes the commitment legally final in the same version, unless an appeal is pending.
     */
    private void decide(DecisionCase decisionCase, DecisionStep decision) {
        CoFundingStatus status = switch (decision.outcome) {
            case APPROVED -> CoFundingStatus.APPROVED;
            case REJECTED -> CoFundingStatus.REJECTED;
        };
        LocalDate appealWindowEndsOn = DecisionCase.appealWindowEnd(decision.publicNoticeOn);
        LocalDate today = coFundingService.today();
        for (UUID coFundingId : decisionCase.coFundingIds) {
            // Locked like a disbursement locks it, so nothing is paid against a commitment while it is being decided.
            CoFunding commitment = coFunding.findByIdOptional(coFundingId, LockModeType.PESSIMISTIC_WRITE)
                    .orElseThrow(() -> ProblemException.conflict("unknown-co-funding",
                            "Co-funding " + coFundingId + " of this case no longer exists"));
            if (commitment.status == CoFundingStatus.WITHDRAWN) {
                throw ProblemException.conflict("co-funding-withdrawn", "Co-funding " + coFundingId
                        + " was withdrawn; take it out of the case before it is decided");
            }
            CoFundingStatus before = commitment.status;
            boolean wasFinal = commitment.legallyFinal;
            commitment.status = status;
            commitment.decisionCaseId = decisionCase.id;
            commitment.appealWindowEndsOn = appealWindowEndsOn;
            commitment.legallyFinal = false; // this decision has an appeal window of its own
            boolean alreadyFinal = commitment.becomesLegallyFinal(today) && !decisionCase.appealPending();
            commitment.legallyFinal = alreadyFinal;
            coFunding.flush();
            coFundingService.record(commitment, HistoryEntry.Action.UPDATED);
            if (before != status) {
                events.coFundingStatus(commitment);
            }
            if (alreadyFinal && !wasFinal) {
                events.coFundingLegallyFinal(commitment);
            }
        }
    }

    /** The commitments this case's decision decided, locked. */
    private List<CoFunding> decided(DecisionCase decisionCase) {
        List<CoFunding> decided = new ArrayList<>();
        for (UUID coFundingId : decisionCase.coFundingIds) {
            coFunding.findByIdOptional(coFundingId, LockModeType.PESSIMISTIC_WRITE)
                    .filter(c -> decisionCase.id.equals(c.decisionCaseId))
                    .ifPresent(decided::add);
        }
        return decided;
    }

    /** BOARD, or COUNCIL when the case's co-funding totals more than the municipality's threshold. */
    private DecidingBody decidingBody(DecisionCase decisionCase) {
        return coFunding.totalOf(decisionCase.coFundingIds).compareTo(config.councilThreshold()) > 0
                ? DecidingBody.COUNCIL : DecidingBody.BOARD;
    }

    private String pathReason(DecisionCase decisionCase) {
        BigDecimal total = coFunding.totalOf(decisionCase.coFundingIds);
        return decisionCase.decidingBody == DecidingBody.COUNCIL
                ? " (the council decides: the case's co-funding totals " + Sek.of(total) + ", more than the "
                        + Sek.of(config.councilThreshold()) + " the board may decide)"
                : "";
    }

    private static void checkNotQuashed(DecisionCase decisionCase) {
        if (decisionCase.quashed()) {
            throw ProblemException.conflict("decision-quashed", "The court quashed this case's decision; its "
                    + "co-funding is PROPOSED again and is decided in a new case");
        }
    }

    private static List<String> changedFields(DecisionStep recorded, DecisionStep corrected) {
        List<String> changed = new ArrayList<>();
        addIfChanged(changed, "date", recorded.date, corrected.date);
        addIfChanged(changed, "body", recorded.body, corrected.body);
        addIfChanged(changed, "recommendation", recorded.recommendation, corrected.recommendation);
        addIfChanged(changed, "outcome", recorded.outcome, corrected.outcome);
        addIfChanged(changed, "paragraph", recorded.paragraph, corrected.paragraph);
        addIfChanged(changed, "documentUrl", recorded.documentUrl, corrected.documentUrl);
        addIfChanged(changed, "legalBasis", recorded.legalBasis, corrected.legalBasis);
        addIfChanged(changed, "minutesApprovedOn", recorded.minutesApprovedOn, corrected.minutesApprovedOn);
        addIfChanged(changed, "publicNoticeOn", recorded.publicNoticeOn, corrected.publicNoticeOn);
        return changed;
    }

    private static void addIfChanged(List<String> changed, String field, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            changed.add(field);
        }
    }

    private static void checkDecisionDates(DecisionStep step) {
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

    /**
     * Every co-funding the case decides exists, is the case's organisation's commitment and is in no other case that
     * holds it (a quashed case has let go): what one case decided, another cannot decide again. Each commitment is
     * locked, so two cases taking the same one are settled one after the other.
     */
    private void checkCommitments(DecisionCase decisionCase) {
        for (UUID coFundingId : decisionCase.coFundingIds) {
            CoFunding commitment = coFunding.findByIdOptional(coFundingId, LockModeType.PESSIMISTIC_WRITE)
                    .orElseThrow(() -> ProblemException.ruleBroken("unknown-co-funding",
                            "No co-funding has id " + coFundingId));
            cases.otherCaseHolding(coFundingId, decisionCase.id).ifPresent(other -> {
                throw ProblemException.conflict("co-funding-in-another-case", "Co-funding " + coFundingId + " ("
                        + commitment.status + ") belongs to decision case " + other.caseNumber() + " (" + other.id()
                        + "); a commitment is decided in one case, a new case only after the court quashed that "
                        + "decision");
            });
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
