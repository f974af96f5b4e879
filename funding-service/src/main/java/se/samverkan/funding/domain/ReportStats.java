package se.samverkan.funding.domain;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Reporting duties counted by status, per project or per funder, for dashboards. */
@Schema(name = "ReportStats")
public record ReportStats(@Schema(example = "project") String groupBy, List<Group> groups,
        Financing.ReportCounts totals) {

    @Schema(name = "ReportStatsGroup")
    public record Group(@Schema(description = "The project's or the funder's id") String key,
            Financing.ReportCounts reports) {
    }

    public enum GroupBy {
        PROJECT, FUNDER
    }
}
