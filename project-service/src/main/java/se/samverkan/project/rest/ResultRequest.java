package se.samverkan.project.rest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import se.samverkan.platform.json.Amounts;
import se.samverkan.platform.json.ReadOnlyFieldsOf;
import se.samverkan.project.domain.MeasuredBy;
import se.samverkan.project.domain.ResultType;

/** The body of {@code POST /projects/{id}/results} and {@code PUT …/results/{resultId}}: the whole result. */
@ReadOnlyFieldsOf(ResultResponse.class)
@Schema(name = "ResultRequest", description = "A result with its indicators and their periods, as IATI has them")
public record ResultRequest(
        @NotNull @Schema(required = true, example = "OUTPUT") ResultType type,
        @NotBlank @Size(max = 300) @Schema(required = true, example = "En lokal serviceplan i varje kommun")
        String title,
        @Size(max = 4000) String description,
        @Size(max = 20) @Schema(description = "In order; at most 20") List<@NotNull @Valid IndicatorRequest> indicators) {

    @ReadOnlyFieldsOf(ResultResponse.IndicatorResponse.class)
    @Schema(name = "IndicatorRequest")
    public record IndicatorRequest(
            @NotBlank @Size(max = 300) @Schema(required = true, example = "Antagna serviceplaner") String title,
            @Size(max = 2000) String description,
            @Size(max = 50) @Schema(example = "kommuner") String unit,
            @Schema(description = "Whether a higher value is better; default true") Boolean ascending,
            @Schema(description = "Whether a period's value counts everything up to its end; default false")
            Boolean cumulative,
            @DecimalMin("0") @Digits(integer = 13, fraction = 2) @DecimalMax(Amounts.MAX)
            @Schema(example = "0") BigDecimal baselineValue,
            @Min(1900) @Max(2200) @Schema(example = "2017") Integer baselineYear,
            @Schema(description = "What of the project's record measures it; its periods then take no actual")
            MeasuredBy measuredBy,
            @Size(max = 50) @Schema(description = "In order; they must not overlap")
            List<@NotNull @Valid PeriodRequest> periods) {
    }

    @ReadOnlyFieldsOf(ResultResponse.PeriodResponse.class)
    @Schema(name = "IndicatorPeriodRequest")
    public record PeriodRequest(
            @NotNull @Schema(required = true, example = "2017-09-01") LocalDate periodStart,
            @NotNull @Schema(required = true, description = "Not before periodStart", example = "2020-11-30")
            LocalDate periodEnd,
            @DecimalMin("0") @Digits(integer = 13, fraction = 2) @DecimalMax(Amounts.MAX)
            @Schema(example = "11") BigDecimal target,
            @DecimalMin("0") @Digits(integer = 13, fraction = 2) @DecimalMax(Amounts.MAX)
            @Schema(description = "Entered; refused for a measured indicator") BigDecimal actual,
            @Size(max = 2000) String comment) {
    }
}
