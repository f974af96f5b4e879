package se.samverkan.funding.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import se.samverkan.platform.audit.AuditedEntity;

/**
 * A report due (rapporteringskrav) from a grant's recipient or against a co-funding commitment: its kind, the
 * period it covers and its due date; then its submission and the funder's approval or return.
 */
@Entity
@Table(name = "report")
public class Report extends AuditedEntity {

    @Column(name = "application_id")
    public UUID applicationId;

    @Column(name = "co_funding_id")
    public UUID coFundingId;

    /** The grant's or commitment's project, kept here for the lists by project. */
    @Column(name = "project_id", nullable = false)
    public UUID projectId;

    /** The call's funder for a grant, the co-funder for a commitment: who approves the report. */
    @Column(name = "funder_organisation_id", nullable = false)
    public UUID funderOrganisationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ReportKind kind;

    @Column(name = "due_on", nullable = false)
    public LocalDate dueOn;

    @Column(name = "period_start", nullable = false)
    public LocalDate periodStart;

    @Column(name = "period_end", nullable = false)
    public LocalDate periodEnd;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ReportStatus status;

    /** The first day (in Sweden) on which it was overdue: the day after its due date. */
    @Column(name = "overdue_since")
    public LocalDate overdueSince;

    @Column(name = "submitted_on")
    public LocalDate submittedOn;

    @Column(name = "document_url")
    public String documentUrl;

    @Column(name = "amount_claimed")
    public BigDecimal amountClaimed;

    @Column(name = "decided_on")
    public LocalDate decidedOn;

    @Column(name = "return_reason")
    public String returnReason;

    /** Made from the call's rules when the application was granted, not entered by hand. */
    @Column(name = "from_call_rules", nullable = false)
    public boolean fromCallRules;

    /** Waiting for the recipient and past its due date on {@code today} (Sweden's calendar). */
    public boolean isOverdueOn(LocalDate today) {
        return status.awaitsRecipient() && today.isAfter(dueOn);
    }

    /** Marks it overdue since the day after its due date. */
    public void markOverdue() {
        status = ReportStatus.OVERDUE;
        overdueSince = dueOn.plusDays(1);
    }

    /** The period it covers overlaps the calendar year. */
    public boolean covers(int year) {
        return periodStart.getYear() <= year && periodEnd.getYear() >= year;
    }
}
