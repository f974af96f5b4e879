package se.samverkan.funding.rest;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import se.samverkan.funding.domain.CoFundingKind;
import se.samverkan.funding.domain.CoFundingStatus;
import se.samverkan.platform.audit.Actor;

/** A co-funding commitment as the API shows it. */
@Schema(name = "CoFunding")
public record CoFundingResponse(
        UUID id,
        UUID projectId,
        UUID funderOrganisationId,
        @Schema(example = "CASH") CoFundingKind kind,
        @Schema(example = "kommunstyrelsens medel avsatta för internationella projekt") String budgetSource,
        List<CoFundingRequest.YearAmount> schedule,
        @Schema(description = "The schedule's sum", example = "120000.00") BigDecimal totalAmount,
        @Schema(description = "Set by the board's or council's decision of its decision case; PROPOSED again when "
                + "the administrative court quashes that decision", example = "APPROVED")
        CoFundingStatus status,
        @Schema(description = "The case whose decision set the status") UUID decisionCaseId,
        @Schema(description = "Last day to appeal the decision: three weeks from its public notice, moved to the next "
                + "weekday as lag (1930:173) has it", example = "2017-05-17")
        LocalDate appealWindowEndsOn,
        @Schema(description = "Approved and the appeal window has passed (laga kraft); its change is a new version "
                + "of the commitment, made by the board decision or, on the first day after the window, by a check "
                + "every 15 minutes") boolean legallyFinal,
        long version,
        Instant createdAt,
        Instant updatedAt,
        Actor createdBy,
        Actor updatedBy) {
}
