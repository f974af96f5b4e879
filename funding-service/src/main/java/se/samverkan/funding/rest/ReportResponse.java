package se.samverkan.funding.rest;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import se.samverkan.funding.domain.ReportKind;
import se.samverkan.funding.domain.ReportStatus;
import se.samverkan.platform.audit.Actor;

/** A report due, as the API shows it. */
@Schema(name = "Report")
public record ReportResponse(
        UUID id,
        UUID applicationId,
        UUID coFundingId,
        UUID projectId,
        @Schema(description = "Who approves it: the call's funder for a grant, the co-funder for a commitment")
        UUID funderOrganisationId,
        @Schema(example = "PAYMENT_CLAIM") ReportKind kind,
        @Schema(example = "2018-02-28") LocalDate dueOn,
        @Schema(example = "2017-09-01") LocalDate periodStart,
        @Schema(example = "2017-12-31") LocalDate periodEnd,
        @Schema(description = "DUE, OVERDUE (from the day after dueOn in Sweden), SUBMITTED, APPROVED or RETURNED",
                example = "SUBMITTED") ReportStatus status,
        @Schema(description = "The first day it was overdue; kept after a late submission", example = "2018-03-01")
        LocalDate overdueSince,
        LocalDate submittedOn,
        String documentUrl,
        @Schema(example = "40000.00") BigDecimal amountClaimed,
        LocalDate decidedOn,
        String returnReason,
        @Schema(description = "Made from the call's rules when the application was granted") boolean fromCallRules,
        long version,
        Instant createdAt,
        Instant updatedAt,
        Actor createdBy,
        Actor updatedBy) {
}
