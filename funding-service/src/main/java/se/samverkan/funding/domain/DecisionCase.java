package se.samverkan.funding.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import org.hibernate.annotations.SortNatural;

import se.samverkan.platform.audit.AuditedEntity;

/** A municipal case (ärende) that decides co-funding: memo, committee proposal, board decision. */
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

    public Optional<DecisionStep> lastStep() {
        return steps.isEmpty() ? Optional.empty() : Optional.of(steps.get(steps.size() - 1));
    }

    public Optional<DecisionStep> boardDecision() {
        return steps.stream().filter(s -> s.kind == StepKind.BOARD_DECISION).findFirst();
    }

    public Optional<LocalDate> appealWindowEndsOn() {
        return boardDecision().map(s -> s.publicNoticeOn).map(DecisionCase::appealWindowEnd);
    }
}
