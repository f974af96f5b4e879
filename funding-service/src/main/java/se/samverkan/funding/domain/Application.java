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

/** A project's application for money to a call (ansökan om medel). */
@Entity
@Table(name = "application")
public class Application extends AuditedEntity {

    @Column(name = "call_id", nullable = false)
    public UUID callId;

    @Column(name = "project_id", nullable = false)
    public UUID projectId;

    @Column(name = "applicant_organisation_id", nullable = false)
    public UUID applicantOrganisationId;

    @Column(name = "requested_amount", nullable = false)
    public BigDecimal requestedAmount;

    @Column(name = "granted_amount")
    public BigDecimal grantedAmount;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ApplicationStatus status;

    @Column(name = "submitted_on")
    public LocalDate submittedOn;

    @Column(name = "decided_on")
    public LocalDate decidedOn;

    @Column(name = "case_number")
    public String caseNumber;

    @Column(name = "decision_reason")
    public String decisionReason;
}
