package se.samverkan.funding.rest;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import se.samverkan.funding.domain.ReportKind;
import se.samverkan.platform.json.ReadOnlyFieldsOf;

/** The body of {@code POST /reports} and {@code PUT /reports/{id}}: a duty against exactly one grant or commitment. */
@ReadOnlyFieldsOf(ReportResponse.class)
@Schema(name = "ReportRequest", description = "A report due from a granted application (applicationId) or against a "
        + "co-funding commitment (coFundingId)")
public record ReportRequest(
        UUID applicationId,
        UUID coFundingId,
        @NotNull @Schema(required = true, example = "PAYMENT_CLAIM") ReportKind kind,
        @NotNull @Schema(required = true, description = "The last day to submit it; overdue from the next day in "
                + "Sweden", example = "2018-02-28") LocalDate dueOn,
        @NotNull @Schema(required = true, example = "2017-09-01") LocalDate periodStart,
        @NotNull @Schema(required = true, description = "Not before periodStart", example = "2017-12-31")
        LocalDate periodEnd) {
}
