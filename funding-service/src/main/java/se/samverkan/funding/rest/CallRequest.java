package se.samverkan.funding.rest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import se.samverkan.funding.domain.OrganisationType;
import se.samverkan.platform.json.Amounts;
import se.samverkan.platform.json.ReadOnlyFieldsOf;

/** The body of {@code POST /calls} and {@code PUT /calls/{id}}. */
@ReadOnlyFieldsOf(CallResponse.class)
@Schema(name = "CallRequest", description = "A call for applications with its rules, as a funder writes it")
public record CallRequest(
        @NotNull @Schema(required = true, description = "The funder, e.g. Tillväxtverket") UUID funderOrganisationId,
        @NotBlank @Size(max = 300) @Schema(required = true, example = "Utveckling av lokala servicelösningar")
        String title,
        @Size(max = 100) @Schema(example = "Landsbygdsprogrammet 2014–2020, delåtgärd 16.2") String reference,
        @Size(max = 4000) String description,
        @NotNull @Schema(required = true, example = "2017-01-16") LocalDate opensOn,
        @NotNull @Schema(required = true, example = "2017-04-30") LocalDate closesOn,
        @DecimalMin("0") @Digits(integer = 13, fraction = 2) @DecimalMax(Amounts.MAX)
        @Schema(description = "SEK", example = "30000000.00")
        BigDecimal budget,
        @Schema(description = "A cancelled call takes no more submissions; default false") Boolean cancelled,
        @DecimalMin("0") @DecimalMax("1") @Digits(integer = 1, fraction = 4)
        @Schema(description = "Largest share of the project's approved money the grant may be", example = "0.80")
        BigDecimal maxGrantRate,
        @DecimalMin("0") @DecimalMax("1") @Digits(integer = 1, fraction = 4)
        @Schema(description = "Smallest share of the project's approved money that must be other public co-funding",
                example = "0.20") BigDecimal minCoFundingRate,
        @DecimalMin("0") @Digits(integer = 13, fraction = 2) @DecimalMax(Amounts.MAX)
        @Schema(description = "SEK", example = "500000.00")
        BigDecimal minAmount,
        @DecimalMin("0") @Digits(integer = 13, fraction = 2) @DecimalMax(Amounts.MAX)
        @Schema(description = "SEK", example = "15000000.00")
        BigDecimal maxAmount,
        @Size(max = 7) @Schema(example = "[\"MUNICIPALITY\", \"REGION\", \"NATIONAL_ORGANISATION\"]")
        List<@NotNull OrganisationType> eligibleApplicantTypes,
        @Min(0) @Max(24) @Schema(description = "A grant reports a payment claim for each year of the project, due "
                + "this many months after the year ends; none when absent", example = "2")
        Integer paymentClaimMonthsAfterYear,
        @Min(0) @Max(24) @Schema(description = "A grant reports its progress for each year of the project, due this "
                + "many months after the year ends; none when absent", example = "2")
        Integer progressReportMonthsAfterYear,
        @Min(0) @Max(24) @Schema(description = "A grant's final report is due this many months after the project's "
                + "end; none when absent", example = "3") Integer finalReportMonthsAfterEnd,
        @Schema(description = "A year's payment of a grant waits until that year's payment claim is approved "
                + "(a disbursement before is a 409); default false") Boolean paymentRequiresApprovedClaim) {
}
