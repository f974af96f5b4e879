package se.samverkan.funding.rest;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import se.samverkan.funding.domain.CallStatus;
import se.samverkan.funding.domain.OrganisationType;
import se.samverkan.platform.audit.Actor;

/** A call as the API shows it. */
@Schema(name = "Call")
public record CallResponse(
        UUID id,
        UUID funderOrganisationId,
        @Schema(example = "Utveckling av lokala servicelösningar") String title,
        String reference,
        String description,
        @Schema(example = "2017-01-16") LocalDate opensOn,
        @Schema(example = "2017-04-30") LocalDate closesOn,
        BigDecimal budget,
        @Schema(description = "From the dates (UPCOMING before opensOn, OPEN through closesOn, CLOSED after) unless "
                + "cancelled", example = "OPEN") CallStatus status,
        boolean cancelled,
        @Schema(example = "0.80") BigDecimal maxGrantRate,
        @Schema(example = "0.20") BigDecimal minCoFundingRate,
        BigDecimal minAmount,
        BigDecimal maxAmount,
        List<OrganisationType> eligibleApplicantTypes,
        @Schema(example = "2") Integer paymentClaimMonthsAfterYear,
        Integer progressReportMonthsAfterYear,
        @Schema(example = "3") Integer finalReportMonthsAfterEnd,
        boolean paymentRequiresApprovedClaim,
        long version,
        Instant createdAt,
        Instant updatedAt,
        Actor createdBy,
        Actor updatedBy) {
}
