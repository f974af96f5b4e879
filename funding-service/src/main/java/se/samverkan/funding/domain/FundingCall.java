package se.samverkan.funding.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
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
import jakarta.persistence.Table;

import org.hibernate.annotations.SortNatural;

import se.samverkan.platform.audit.AuditedEntity;

/** A funder's call for applications (utlysning), with its rules as data. */
@Entity
@Table(name = "funding_call")
public class FundingCall extends AuditedEntity {

    @Column(name = "funder_organisation_id", nullable = false)
    public UUID funderOrganisationId;

    @Column(nullable = false)
    public String title;

    public String reference;

    public String description;

    @Column(name = "opens_on", nullable = false)
    public LocalDate opensOn;

    @Column(name = "closes_on", nullable = false)
    public LocalDate closesOn;

    public BigDecimal budget;

    @Column(nullable = false)
    public boolean cancelled;

    /** The largest share of the project's approved money this call's grant may be, e.g. 0.80. */
    @Column(name = "max_grant_rate")
    public BigDecimal maxGrantRate;

    /** The smallest share of the project's approved money that must be other (co-)funding, e.g. 0.20. */
    @Column(name = "min_co_funding_rate")
    public BigDecimal minCoFundingRate;

    @Column(name = "min_amount")
    public BigDecimal minAmount;

    @Column(name = "max_amount")
    public BigDecimal maxAmount;

    /** A grant reports a payment claim for each year of the project, due this many months after the year ends. */
    @Column(name = "payment_claim_months_after_year")
    public Integer paymentClaimMonthsAfterYear;

    /** A grant reports its progress for each year of the project, due this many months after the year ends. */
    @Column(name = "progress_report_months_after_year")
    public Integer progressReportMonthsAfterYear;

    /** A grant's final report is due this many months after the project's end. */
    @Column(name = "final_report_months_after_end")
    public Integer finalReportMonthsAfterEnd;

    /** A year's payment of a grant waits until that year's payment claim is approved. */
    @Column(name = "payment_requires_approved_claim")
    public Boolean paymentRequiresApprovedClaim;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "funding_call_applicant_type", joinColumns = @JoinColumn(name = "call_id"))
    @Column(name = "applicant_type", nullable = false)
    @Enumerated(EnumType.STRING)
    @SortNatural // the same order however the set was made, so that versions compare equal
    public SortedSet<OrganisationType> eligibleApplicantTypes = new TreeSet<>();

    /** Whether a grant's reporting schedule follows from this call's rules. */
    public boolean hasReportRules() {
        return paymentClaimMonthsAfterYear != null || progressReportMonthsAfterYear != null
                || finalReportMonthsAfterEnd != null;
    }

    /** Whether a grant's payment for a year waits for that year's approved payment claim. */
    public boolean gatesPaymentsOnClaims() {
        return Boolean.TRUE.equals(paymentRequiresApprovedClaim);
    }

    /**
     * The one definition of a call's status on a day: submissions check it, responses show it, and
     * {@code CallRepository}'s filter by status must select the same calls (CallStatusFilterTest).
     */
    public CallStatus status(LocalDate today) {
        if (cancelled) {
            return CallStatus.CANCELLED;
        }
        if (today.isBefore(opensOn)) {
            return CallStatus.UPCOMING;
        }
        return today.isAfter(closesOn) ? CallStatus.CLOSED : CallStatus.OPEN;
    }
}
