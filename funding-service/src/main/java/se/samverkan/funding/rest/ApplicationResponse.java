package se.samverkan.funding.rest;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import se.samverkan.funding.domain.ApplicationStatus;
import se.samverkan.platform.audit.Actor;

/** An application as the API shows it. */
@Schema(name = "Application")
public record ApplicationResponse(
        UUID id,
        UUID callId,
        UUID projectId,
        UUID applicantOrganisationId,
        @Schema(example = "12876000.00") BigDecimal requestedAmount,
        @Schema(description = "Set when GRANTED; never above requestedAmount", example = "12876000.00")
        BigDecimal grantedAmount,
        @Schema(example = "GRANTED") ApplicationStatus status,
        @Schema(example = "2017-04-20") LocalDate submittedOn,
        @Schema(example = "2017-08-30") LocalDate decidedOn,
        @Schema(description = "The funder's case number (diarienummer)", example = "Ärende 2017-1234 (example)")
        String caseNumber,
        @Schema(description = "Why it was rejected") String decisionReason,
        long version,
        Instant createdAt,
        Instant updatedAt,
        Actor createdBy,
        Actor updatedBy) {
}
