package se.samverkan.project.rest;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Participation per county, across all projects or in one. */
@Schema(name = "ParticipationStats")
public record ParticipationStatsResponse(
        @Schema(description = "The project counted, or null for all projects") UUID projectId,
        @Schema(description = "Every county, in SCB code order") List<County> counties,
        @Schema(description = "The sums over all counties") Figures totals) {

    @Schema(name = "ParticipationStatsCounty")
    public record County(
            @Schema(example = "07") String countyCode,
            @Schema(example = "Kronobergs län") String countyName,
            @Schema(description = "Municipalities taking part (not WITHDRAWN), each counted once", example = "2")
            long participatingMunicipalities,
            @Schema(description = "ADOPTED service plans", example = "2") long adoptedPlans,
            @Schema(description = "Service solutions IN_OPERATION", example = "2") long solutionsInOperation) {
    }

    @Schema(name = "ParticipationStatsTotals")
    public record Figures(
            @Schema(example = "11") long participatingMunicipalities,
            @Schema(example = "11") long adoptedPlans,
            @Schema(example = "11") long solutionsInOperation) {
    }
}
