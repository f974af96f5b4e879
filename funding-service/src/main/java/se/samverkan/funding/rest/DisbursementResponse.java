package se.samverkan.funding.rest;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import se.samverkan.platform.audit.Actor;

/** A disbursement as the API shows it. */
@Schema(name = "Disbursement")
public record DisbursementResponse(
        UUID id,
        UUID coFundingId,
        UUID applicationId,
        @Schema(example = "2017") int year,
        @Schema(example = "40000.00") BigDecimal amount,
        @Schema(example = "2017-12-15") LocalDate paidOn,
        String reference,
        long version,
        Instant createdAt,
        Instant updatedAt,
        Actor createdBy,
        Actor updatedBy) {
}
