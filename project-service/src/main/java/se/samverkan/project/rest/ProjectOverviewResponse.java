package se.samverkan.project.rest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import se.samverkan.project.client.FinancingView;
import se.samverkan.project.domain.MeasuredBy;
import se.samverkan.project.domain.Progress;

/** One document for a project's dashboard. */
@Schema(name = "ProjectOverview")
public record ProjectOverviewResponse(
        ProjectResponse project,
        Participants participants,
        ServicePlans servicePlans,
        ServiceSolutions serviceSolutions,
        Staff staff,
        @Schema(description = "Each indicator of the project's results at a glance: its latest period's target and "
                + "actual, and whether it is on track") Results results,
        @Schema(nullable = true, description = "The project's financing from funding-service (its ledger: per "
                + "funder, grants per call, totals, co-funding rate, compliance with the call's rules, and its reports "
                + "due, overdue, returned, submitted and approved); null while it "
                + "cannot be read, with the reason in warnings")
        FinancingView funding,
        @Schema(description = "What the overview could not include, and why") List<Warning> warnings) {

    @Schema(name = "ProjectOverviewParticipants")
    public record Participants(
            @Schema(description = "All participants, whatever their status", example = "16") long total,
            @Schema(description = "Participants taking part (not WITHDRAWN)", example = "15") long participating,
            @Schema(description = "Participants taking part (not WITHDRAWN) per level",
                    example = "{\"LOCAL\": 0, \"MUNICIPAL\": 11, \"REGIONAL\": 6, \"NATIONAL\": 1}")
            Map<String, Long> byLevel,
            @Schema(description = "All participants per status",
                    example = "{\"INVITED\": 0, \"INTERESTED\": 0, \"DECIDED\": 0, \"ACTIVE\": 17, \"COMPLETED\": 0, "
                            + "\"WITHDRAWN\": 1}")
            Map<String, Long> byStatus,
            @Schema(description = "All participants per level, then status") Map<String, Map<String,
                    Long>> byLevelAndStatus) {
    }

    @Schema(name = "ProjectOverviewServicePlans")
    public record ServicePlans(
            @Schema(description = "Municipalities taking part (not WITHDRAWN)", example = "11")
            long participatingMunicipalities,
            @Schema(description = "Of those, the ones whose plan is ADOPTED", example = "11")
            long municipalitiesWithAdoptedPlan,
            @Schema(description = "Plans per status") Map<String, Long> byStatus) {
    }

    @Schema(name = "ProjectOverviewServiceSolutions")
    public record ServiceSolutions(
            @Schema(example = "11") long total,
            @Schema(description = "Solutions per status") Map<String, Long> byStatus,
            @Schema(description = "Solutions per category") Map<String, Long> byCategory) {
    }

    @Schema(name = "ProjectOverviewStaff")
    public record Staff(
            @Schema(example = "10") long assignments,
            @Schema(description = "Sum of ftePercent over all assignments: 100 is one full-time person",
                    example = "550") long totalFtePercent,
            @Schema(description = "Per role") Map<String, RoleFigures> byRole) {
    }

    @Schema(name = "ProjectOverviewStaffRole")
    public record RoleFigures(
            @Schema(example = "9") long assignments,
            @Schema(description = "Distinct people", example = "9") long people,
            @Schema(description = "Sum of ftePercent", example = "450") long ftePercent) {
    }

    @Schema(name = "ProjectOverviewResults")
    public record Results(
            @Schema(description = "The indicators per progress of their latest period",
                    example = "{\"ACHIEVED\": 3, \"ON_TRACK\": 0, \"BEHIND\": 1, \"NO_DATA\": 0}")
            Map<String, Long> byProgress,
            List<IndicatorAtAGlance> indicators) {
    }

    @Schema(name = "ProjectOverviewIndicator")
    public record IndicatorAtAGlance(
            UUID resultId,
            @Schema(example = "En lokal serviceplan i varje kommun") String resultTitle,
            @Schema(example = "Antagna serviceplaner") String title,
            @Schema(example = "kommuner") String unit,
            @Schema(example = "SERVICE_PLANS_ADOPTED") MeasuredBy measuredBy,
            @Schema(description = "The latest period that has begun (or the first, when none has); null without "
                    + "periods", example = "2017-09-01") LocalDate periodStart,
            @Schema(example = "2020-11-30") LocalDate periodEnd,
            @Schema(example = "11.00") BigDecimal target,
            @Schema(example = "11.00") BigDecimal actual,
            @Schema(example = "ACHIEVED") Progress progress,
            @Schema(description = "Achieved or on track; null without a target or an actual") Boolean onTrack) {
    }

    @Schema(name = "Warning")
    public record Warning(
            @Schema(example = "funding-unavailable") String code,
            @Schema(example = "funding-service is not connected yet; funding is null") String message) {
    }
}
