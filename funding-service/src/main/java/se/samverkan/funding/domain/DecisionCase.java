package se.samverkan.funding.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import org.hibernate.annotations.SortNatural;

import se.samverkan.platform.audit.AuditedEntity;

/**
 * A municipal case (ärende) that decides co-funding: memo, committee proposal and the board's decision, or, for amounts
 * the council decides, the board's proposal and the council's decision; any body may refer the matter back
 * (återremiss). The decision can be appealed; its steps can be corrected, each correction kept with its reason.
 */
@Entity
@Table(name = "decision_case")
public class DecisionCase extends AuditedEntity {

    /** The appeal window of a municipal decision (laglighetsprövning, KL 13 kap.): three weeks from the notice. */
    public static final int APPEAL_WEEKS = 3;

    /** The last day to appeal a decision whose approved minutes were announced on {@code noticeOn}. */
    public static LocalDate appealWindowEnd(LocalDate noticeOn) {
        return SwedishCalendar.deadline(noticeOn.plusWeeks(APPEAL_WEEKS));
    }

    @Column(name = "organisation_id", nullable = false)
    public UUID organisationId;

    @Column(name = "case_number", nullable = false)
    public String caseNumber;

    @Column(nullable = false)
    public String subject;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "decision_case_co_funding", joinColumns = @JoinColumn(name = "decision_case_id"))
    @Column(name = "co_funding_id", nullable = false)
    @SortNatural // the same order however the set was made, so that versions compare equal
    public SortedSet<UUID> coFundingIds = new TreeSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "decision_step", joinColumns = @JoinColumn(name = "decision_case_id"))
    @OrderColumn(name = "position")
    public List<DecisionStep> steps = new ArrayList<>();

    /** Set from the council threshold whenever the case is saved or a step recorded. */
    @Enumerated(EnumType.STRING)
    @Column(name = "deciding_body", nullable = false)
    public DecidingBody decidingBody = DecidingBody.BOARD;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "decision_appeal", joinColumns = @JoinColumn(name = "decision_case_id"))
    @OrderColumn(name = "position")
    public List<Appeal> appeals = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "decision_step_correction", joinColumns = @JoinColumn(name = "decision_case_id"))
    @OrderColumn(name = "position")
    public List<StepCorrection> corrections = new ArrayList<>();

    public Optional<DecisionStep> lastStep() {
        return steps.isEmpty() ? Optional.empty() : Optional.of(steps.get(steps.size() - 1));
    }

    /** The board's or the council's decision, once recorded. */
    public Optional<DecisionStep> decision() {
        return steps.stream().filter(s -> s.kind.decides()).findFirst();
    }

    public Optional<LocalDate> appealWindowEndsOn() {
        return decision().map(s -> s.publicNoticeOn).map(DecisionCase::appealWindowEnd);
    }

    public boolean appealPending() {
        return appeals.stream().anyMatch(Appeal::pending);
    }

    /** The court quashed the decision: it no longer decides the case's co-funding. */
    public boolean quashed() {
        return appeals.stream().anyMatch(a -> a.outcome == AppealOutcome.QUASHED);
    }

    /** Decided, nobody can appeal any more and no appeal is pending or succeeded (laga kraft). */
    public boolean legallyFinal(LocalDate today) {
        return appealWindowEndsOn().filter(today::isAfter).isPresent() && !appealPending() && !quashed();
    }

    /**
     * The steps the case may take next, in the order of the path: after the memo the committee proposes, then the
     * board decides (or proposes, when the council decides) and the council decides; each body may instead refer the
     * matter back, after which it is prepared again from any earlier step of the path. Empty once decided.
     */
    public List<StepKind> nextSteps() {
        if (steps.isEmpty()) {
            return List.of(StepKind.OFFICIAL_MEMO);
        }
        DecisionStep last = steps.get(steps.size() - 1);
        if (last.kind.decides()) {
            return List.of();
        }
        if (last.kind != StepKind.REFERRAL_BACK) {
            return List.of(after(last.kind), StepKind.REFERRAL_BACK);
        }
        // the body that referred it back is the one whose step was due; the matter is prepared again before it
        StepKind referredBy = after(steps.get(steps.size() - 2).kind);
        List<StepKind> path = path();
        int referring = path.indexOf(referredBy);
        return List.copyOf(path.subList(0, referring < 0 ? path.size() - 1 : referring));
    }

    /** The path of this case's deciding body, without referrals. */
    public List<StepKind> path() {
        return decidingBody == DecidingBody.COUNCIL
                ? List.of(StepKind.OFFICIAL_MEMO, StepKind.COMMITTEE_PROPOSAL, StepKind.BOARD_PROPOSAL,
                        StepKind.COUNCIL_DECISION)
                : List.of(StepKind.OFFICIAL_MEMO, StepKind.COMMITTEE_PROPOSAL, StepKind.BOARD_DECISION);
    }

    private StepKind after(StepKind kind) {
        return switch (kind) {
            case OFFICIAL_MEMO -> StepKind.COMMITTEE_PROPOSAL;
            case COMMITTEE_PROPOSAL -> decidingBody == DecidingBody.COUNCIL ? StepKind.BOARD_PROPOSAL
                    : StepKind.BOARD_DECISION;
            case BOARD_PROPOSAL -> StepKind.COUNCIL_DECISION;
            case BOARD_DECISION, COUNCIL_DECISION, REFERRAL_BACK -> throw new IllegalArgumentException(
                    "nothing follows a " + kind + " on the path");
        };
    }

    /** Takes the co-funding given, leaving the stored set alone when it is the same (no new version for no change). */
    public void replaceCoFunding(Collection<UUID> ids) {
        if (!coFundingIds.equals(new TreeSet<>(ids))) {
            coFundingIds.clear();
            coFundingIds.addAll(ids);
        }
    }
}
