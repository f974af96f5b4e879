package se.samverkan.funding.rest;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import se.samverkan.funding.domain.CoFundingKind;
import se.samverkan.platform.json.Amounts;
import se.samverkan.platform.json.ReadOnlyFieldsOf;
import se.samverkan.platform.openapi.Examples;

/** The body of {@code POST /co-funding} and {@code PUT /co-funding/{id}}; the status is not the client's to set. */
@ReadOnlyFieldsOf(CoFundingResponse.class)
@Schema(name = "CoFundingRequest", description = "A funder's commitment to a project, year by year")
public record CoFundingRequest(
        @NotNull @Schema(required = true) UUID projectId,
        @NotNull @Schema(required = true, description = "The committing organisation, e.g. Ljungby kommun",
                example = Examples.LJUNGBY)
        UUID funderOrganisationId,
        @NotNull @Schema(required = true, example = "CASH") CoFundingKind kind,
        @Size(max = 500) @Schema(example = "kommunstyrelsens medel avsatta för internationella projekt")
        String budgetSource,
        @NotEmpty @Size(max = 50) @Valid
        @Schema(required = true, description = "One entry per year",
                example = "[{\"year\": 2017, \"amount\": 40000}, {\"year\": 2018, \"amount\": 40000}, "
                        + "{\"year\": 2019, \"amount\": 40000}]")
        List<@NotNull YearAmount> schedule) {

    @Schema(name = "YearAmount")
    public record YearAmount(
            @NotNull @Min(1900) @Max(2200) @Schema(required = true, example = "2017") Integer year,
            @NotNull @DecimalMin("0") @Digits(integer = 13, fraction = 2) @DecimalMax(Amounts.MAX)
            @Schema(required = true, description = "SEK", example = "40000.00") BigDecimal amount) {
    }
}
