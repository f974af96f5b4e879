package se.samverkan.project.rest;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import se.samverkan.platform.audit.Actor;
import se.samverkan.project.domain.MeasuredBy;
import se.samverkan.project.domain.Progress;
import se.samverkan.project.domain.ResultType;

/** A result as the API shows it, with the record's counts for its measured indicators. */
@Schema(name = "Result")
public record ResultResponse(
        UUID id,
        UUID projectId,
        @Schema(example = "OUTPUT") ResultType type,
        @Schema(example = "En lokal serviceplan i varje kommun") String title,
        String description,
        List<IndicatorResponse> indicators,
        long version,
        Instant createdAt,
        Instant updatedAt,
        Actor createdBy,
        Actor updatedBy) {

    @Schema(name = "Indicator")
    public record IndicatorResponse(
            @Schema(example = "Antagna serviceplaner") String title,
            String description,
            @Schema(example = "kommuner") String unit,
            boolean ascending,
            boolean cumulative,
            BigDecimal baselineValue,
            Integer baselineYear,
            @Schema(description = "What of the record measures it; null when its actuals are entered")
            MeasuredBy measuredBy,
            List<PeriodResponse> periods) {
    }

    @Schema(name = "IndicatorPeriod")
    public record PeriodResponse(
            @Schema(example = "2017-09-01") LocalDate periodStart,
            @Schema(example = "2020-11-30") LocalDate periodEnd,
            @Schema(example = "11.00") BigDecimal target,
            @Schema(description = "As entered, or counted from the record for a measured indicator",
                    example = "11.00") BigDecimal actual,
            String comment,
            @Schema(description = "ACHIEVED (target met), ON_TRACK (at least what a straight line from the baseline "
                    + "at the start to the target at the end expects today), BEHIND, or NO_DATA (no target or "
                    + "actual)", example = "ACHIEVED") Progress progress) {
    }
}
