package se.samverkan.project.rest;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Results' progress per county, for dashboards. */
@Schema(name = "ResultStats")
public record ResultStatsResponse(List<County> counties) {

    @Schema(name = "ResultStatsCounty")
    public record County(
            @Schema(example = "07") String countyCode,
            @Schema(example = "Kronobergs län") String countyName,
            @Schema(description = "Projects with a participating municipality in the county", example = "1")
            long projects,
            @Schema(description = "Their indicators per progress of the latest period",
                    example = "{\"ACHIEVED\": 3, \"ON_TRACK\": 0, \"BEHIND\": 1, \"NO_DATA\": 0}")
            Map<String, Long> indicators) {
    }
}
