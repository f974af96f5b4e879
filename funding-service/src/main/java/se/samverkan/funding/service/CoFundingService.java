package se.samverkan.funding.service;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import se.samverkan.funding.client.ProjectView;
import se.samverkan.funding.domain.CoFunding;
import se.samverkan.funding.domain.CoFundingKind;
import se.samverkan.funding.domain.CoFundingStatus;
import se.samverkan.funding.domain.ScheduleEntry;
import se.samverkan.funding.repository.CoFundingRepository;
import se.samverkan.funding.repository.DecisionCaseRepository;
import se.samverkan.platform.history.History;
import se.samverkan.platform.history.HistoryEntry;
import se.samverkan.platform.http.IfMatch;
import se.samverkan.platform.paging.PageRequest;
import se.samverkan.platform.paging.PageResponse;
import se.samverkan.platform.problem.ProblemException;
import se.samverkan.platform.time.SwedishTime;

/** The rules of co-funding commitments. Their status is set only by a decision case's board decision. */
@ApplicationScoped
public class CoFundingService {

    public static final String RESOURCE = "co-funding";
    /** Appeal windows run on Sweden's calendar, whatever the machine's time zone. */

    private final CoFundingRepository coFunding;
    private final DecisionCaseRepository cases;
    private final History history;
    private final ProjectReferences references;
    private final Clock clock;
    private final FundingEvents events;
    private final AccessPolicy access;

    public CoFundingService(CoFundingRepository coFunding, DecisionCaseRepository cases, History history,
            Clock clock, ProjectReferences references, FundingEvents events, AccessPolicy access) {
        this.access = access;
        this.references = references;
        this.coFunding = coFunding;
        this.cases = cases;
        this.history = history;
        this.clock = clock;
        this.events = events;
    }

    /** Today in Sweden. */
    public LocalDate today() {
        return SwedishTime.today(clock);
    }

    public CoFunding get(UUID id) {
        return coFunding.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Co-funding", id));
    }

    /**
     * The commitment locked for this transaction's write, once the caller may change it ({@link AccessPolicy}): judged
     * on the row as it is now, not as it was when the request came in.
     */
    private CoFunding changeable(UUID id) {
        CoFunding commitment = coFunding.findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.notFound("Co-funding", id));
        access.mayChangeCoFunding(commitment);
        return commitment;
    }

    /** A page of them with its total, both read in one transaction. */
    @Transactional
    public PageResponse<CoFunding> list(CoFundingRepository.Filter filter, PageRequest page) {
        return PageResponse.of(coFunding.search(filter, page), page);
    }

    /**
     * What a new commitment refers to, checked with project-service before the create's transaction opens (call it
     * first, outside any transaction): no database connection waits on the other service.
     */
    public void checkNew(CoFunding draft) {
        access.mayProposeCoFunding(draft.funderOrganisationId);
        checkSchedule(draft.schedule);
        checkReferences(draft);
    }

    /** Writes a commitment that {@link #checkNew} accepted. */
    @Transactional
    public CoFunding create(CoFunding draft) {
        access.mayProposeCoFunding(draft.funderOrganisationId);
        checkSchedule(draft.schedule);
        draft.totalAmount = total(draft.schedule);
        draft.status = CoFundingStatus.PROPOSED;
        coFunding.persistAndFlush(draft);
        record(draft, HistoryEntry.Action.CREATED);
        events.coFundingStatus(draft);
        return draft;
    }

    /**
     * Replaces the commitment's fields. Once approved, what the board decided (project, funder, kind, schedule)
     * is frozen; the budget source's wording can still be corrected. Not transactional itself: the references are
     * checked with project-service first, then {@link #write} runs in its own transaction.
     */
    public CoFunding replace(UUID id, IfMatch ifMatch, Consumer<CoFunding> changes) {
        // checked in the order of the write below, and the references before its transaction opens; the write
        // judges access and If-Match again on the locked row
        CoFunding current = get(id);
        access.mayChangeCoFunding(current);
        ifMatch.check(current.version);
        CoFunding proposed = new CoFunding();
        changes.accept(proposed);
        access.mayProposeCoFunding(proposed.funderOrganisationId);
        checkSchedule(proposed.schedule);
        checkReferences(proposed);
        return write(id, ifMatch, changes);
    }

    /** The replacement itself, its references already checked by {@link #replace}. */
    @Transactional
    CoFunding write(UUID id, IfMatch ifMatch, Consumer<CoFunding> changes) {
        CoFunding commitment = changeable(id);
        ifMatch.check(commitment.version);
        UUID project = commitment.projectId;
        UUID funder = commitment.funderOrganisationId;
        CoFundingKind kind = commitment.kind;
        List<String> schedule = describe(commitment.schedule);
        changes.accept(commitment);
        access.mayProposeCoFunding(commitment.funderOrganisationId);
        checkSchedule(commitment.schedule);
        if (commitment.status == CoFundingStatus.APPROVED && (!Objects.equals(project, commitment.projectId)
                || !Objects.equals(funder, commitment.funderOrganisationId) || kind != commitment.kind
                || !schedule.equals(describe(commitment.schedule)))) {
            throw ProblemException.conflict("approved-commitment-frozen", "The commitment was approved by decision case "
                    + commitment.decisionCaseId + ": its schedule " + schedule + ", kind, project and funder can only "
                    + "change by a new decision (register the new commitment and decide it in a new case)");
        }
        if (!funder.equals(commitment.funderOrganisationId) && cases.countDeciding(commitment.id) > 0) {
            throw ProblemException.conflict("in-decision-case", "A decision case of " + funder + " decides this "
                    + "commitment; take it out of that case before another organisation commits it");
        }
        commitment.totalAmount = total(commitment.schedule);
        coFunding.flush();
        record(commitment, HistoryEntry.Action.UPDATED);
        return commitment;
    }

    /** The project exists, the funder takes part in it, and the schedule's years lie inside its period. */
    private void checkReferences(CoFunding commitment) {
        ProjectView project = references.projectWithParticipant(commitment.projectId, commitment.funderOrganisationId,
                "funderOrganisationId");
        references.requireYearsInside(project, commitment.schedule.stream().map(e -> e.year).toList());
    }

    /** A proposal that the funder will not decide on. */
    @Transactional
    public CoFunding withdraw(UUID id, IfMatch ifMatch) {
        CoFunding commitment = changeable(id);
        if (ifMatch != null) {
            ifMatch.check(commitment.version);
        }
        if (commitment.status != CoFundingStatus.PROPOSED) {
            throw ProblemException.conflict("invalid-transition", "The commitment is " + commitment.status
                    + "; only a PROPOSED one can be withdrawn, a decided one changes by a new decision");
        }
        commitment.status = CoFundingStatus.WITHDRAWN;
        coFunding.flush();
        record(commitment, HistoryEntry.Action.UPDATED);
        events.coFundingStatus(commitment);
        return commitment;
    }

    @Transactional
    public void delete(UUID id, IfMatch ifMatch) {
        CoFunding commitment = changeable(id);
        ifMatch.check(commitment.version);
        if (commitment.status == CoFundingStatus.APPROVED || commitment.status == CoFundingStatus.REJECTED) {
            throw ProblemException.conflict("decided-commitment", "The commitment was " + commitment.status
                    + " by decision case " + commitment.decisionCaseId + "; a decided commitment is kept");
        }
        record(commitment, HistoryEntry.Action.DELETED);
        coFunding.delete(commitment);
        coFunding.flush();
    }

    /**
     * Makes up to {@code limit} approved commitments whose appeal window ended before {@code today} legally final,
     * each as a new version with its event; a commitment another replica is settling is skipped. Returns how many.
     */
    @Transactional
    public int settleLegallyFinal(LocalDate today, int limit) {
        List<UUID> due = coFunding.lockBecomingLegallyFinal(today, limit);
        for (UUID id : due) {
            CoFunding commitment = get(id);
            commitment.legallyFinal = true;
            coFunding.flush();
            record(commitment, HistoryEntry.Action.UPDATED);
            events.coFundingLegallyFinal(commitment);
        }
        return due.size();
    }

    /** The co-funding as it was at an instant, from its history; 404 before it existed or once deleted. */
    @Transactional
    public History.Memento<CoFunding> asOf(UUID id, Instant instant) {
        return history.asOf(RESOURCE, "Co-funding", id, instant, CoFunding.class);
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

    void record(CoFunding commitment, HistoryEntry.Action action) {
        history.record(RESOURCE, commitment.id, commitment.version, action, commitment);
    }

    private static void checkSchedule(List<ScheduleEntry> schedule) {
        Set<Integer> years = new HashSet<>();
        for (ScheduleEntry entry : schedule) {
            if (!years.add(entry.year)) {
                throw ProblemException.invalid("schedule", "one entry per year: " + entry.year + " appears twice");
            }
        }
    }

    private static BigDecimal total(List<ScheduleEntry> schedule) {
        return schedule.stream().map(e -> e.amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static List<String> describe(List<ScheduleEntry> schedule) {
        return schedule.stream().map(e -> e.year + ": " + Sek.of(e.amount)).sorted().toList();
    }
}
