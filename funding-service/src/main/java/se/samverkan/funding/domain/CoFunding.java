package se.samverkan.funding.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import se.samverkan.platform.audit.AuditedEntity;

/** A funder's commitment to a project (medfinansiering): a yearly schedule of amounts and its budget source. */
@Entity
@Table(name = "co_funding")
public class CoFunding extends AuditedEntity {

    @Column(name = "project_id", nullable = false)
    public UUID projectId;

    @Column(name = "funder_organisation_id", nullable = false)
    public UUID funderOrganisationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CoFundingKind kind;

    @Column(name = "budget_source")
    public String budgetSource;

    /** The schedule's sum, kept next to it so that the ledger and stats can add it up in SQL. */
    @Column(name = "total_amount", nullable = false)
    public BigDecimal totalAmount;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CoFundingStatus status;

    @Column(name = "decision_case_id")
    public UUID decisionCaseId;

    /** The last day of the appeal window of the decision that set the status ({@link DecisionCase#appealWindowEnd}). */
    @Column(name = "appeal_window_ends_on")
    public LocalDate appealWindowEndsOn;

    /**
     * Approved, and nobody can appeal the decision any more (laga kraft). Stored, not computed from today's date:
     * the passing of the appeal window is a change of the commitment (a new version, so a new ETag, and a line in
     * its history), made once by the board decision when it is recorded after the window or by the scheduled check.
     */
    @Column(name = "legally_final", nullable = false)
    public boolean legallyFinal;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "co_funding_year", joinColumns = @JoinColumn(name = "co_funding_id"))
    @OrderBy("year")
    public List<ScheduleEntry> schedule = new ArrayList<>();

    public Optional<BigDecimal> committedFor(int year) {
        return schedule.stream().filter(e -> e.year == year).map(e -> e.amount).findFirst();
    }

    /** Approved, not yet legally final, and its appeal window ended before {@code today} (Sweden's calendar). */
    public boolean becomesLegallyFinal(LocalDate today) {
        return status == CoFundingStatus.APPROVED && !legallyFinal && appealWindowEndsOn != null
                && today.isAfter(appealWindowEndsOn);
    }

    /**
     * Takes the schedule given, leaving the stored one alone when it is the same (year by year, amounts by value), so
     * that a PUT that changes nothing makes no new version.
     */
    public void replaceSchedule(List<ScheduleEntry> entries) {
        boolean same = entries.size() == schedule.size();
        for (int i = 0; same && i < entries.size(); i++) {
            same = entries.get(i).year == schedule.get(i).year
                    && entries.get(i).amount.compareTo(schedule.get(i).amount) == 0;
        }
        if (!same) {
            schedule.clear();
            schedule.addAll(entries);
        }
    }
}
