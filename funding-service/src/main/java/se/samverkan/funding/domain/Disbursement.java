package se.samverkan.funding.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import se.samverkan.platform.audit.AuditedEntity;

/** Money actually paid (utbetalning) against an approved commitment or a granted application. */
@Entity
@Table(name = "disbursement")
public class Disbursement extends AuditedEntity {

    @Column(name = "co_funding_id")
    public UUID coFundingId;

    @Column(name = "application_id")
    public UUID applicationId;

    @Column(nullable = false)
    public int year;

    @Column(nullable = false)
    public BigDecimal amount;

    @Column(name = "paid_on", nullable = false)
    public LocalDate paidOn;

    public String reference;
}
