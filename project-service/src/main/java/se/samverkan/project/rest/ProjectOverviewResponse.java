package se.samverkan.project.rest;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import se.samverkan.project.client.FinancingView;

/** One document for a project's dashboard. */
@Schema(name = "ProjectOverview")
public record ProjectOverviewResponse(
        ProjectResponse project,
        Participants participants,
        ServicePlans servicePlans,
        ServiceSolutions serviceSolutions,
        Staff staff,
        @Schema(nullable = true, description = "The project's financing from funding-service (its ledger: per "
                + "funder, grants per call, totals, co-funding rate, compliance with the call's rules); null while it "
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

    @Schema(name = "Warning")
    public record Warning(
            @Schema(example = "funding-unavailable") String code,
            @Schema(example = "funding-service is not connected yet; funding is null") String message) {
    }
}
