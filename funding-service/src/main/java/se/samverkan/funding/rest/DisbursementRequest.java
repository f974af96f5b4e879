package se.samverkan.funding.rest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import se.samverkan.platform.json.Amounts;
import se.samverkan.platform.json.ReadOnlyFieldsOf;

/** The body of {@code POST /disbursements}: against exactly one of a commitment or a grant. */
@ReadOnlyFieldsOf(DisbursementResponse.class)
@Schema(name = "DisbursementRequest", description = "A payment against an approved co-funding commitment "
        + "(coFundingId) or a granted application (applicationId)")
public record DisbursementRequest(
        UUID coFundingId,
        UUID applicationId,
        @NotNull @Min(1900) @Max(2200) @Schema(required = true, description = "The schedule year it pays",
                example = "2017") Integer year,
        @NotNull @DecimalMin(value = "0", inclusive = false) @Digits(integer = 13, fraction = 2)
        @DecimalMax(Amounts.MAX)
        @Schema(required = true, description = "SEK, more than 0", example = "40000.00") BigDecimal amount,
        @NotNull @Schema(required = true, example = "2017-12-15") LocalDate paidOn,
        @Size(max = 200) @Schema(example = "Verifikation 2017-4711 (example)") String reference) {
}
