package se.samverkan.funding.domain;

import java.math.BigDecimal;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Totals for dashboards, grouped by year, funder or call. */
@Schema(name = "FundingStats")
public record FundingStats(@Schema(example = "year") String groupBy, List<Group> groups, Group totals) {

    @Schema(name = "FundingStatsGroup")
    public record Group(
            @Schema(description = "The year, the funder's organisation id or the call's id; null in the totals",
                    example = "2017") String key,
            @Schema(description = "Granted application money (by decision year)", example = "0.00") BigDecimal granted,
            @Schema(description = "Approved co-funding (by schedule year)", example = "40000.00")
            BigDecimal approvedCoFunding,
            @Schema(description = "Paid out (by disbursement year)", example = "40000.00") BigDecimal disbursed) {
    }

    public enum GroupBy {
        YEAR, FUNDER, CALL, COUNTY
    }
}
