package se.samverkan.project.client;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** What a project's overview shows of its money, as funding-service's financing ledger gives it. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record FinancingView(
        UUID projectId,
        List<Funder> funders,
        List<Grant> grants,
        Totals totals,
        BigDecimal coFundingRate,
        List<Compliance> compliance,
        Reports reports) {

    /** The project's reporting duties counted by status (issue 16); null from a funding-service that has none. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Reports(long due, long overdue, long returned, long submitted, long approved) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Amounts(BigDecimal proposed, BigDecimal approved, BigDecimal disbursed, BigDecimal remaining) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Funder(UUID funderOrganisationId, Amounts cash, Amounts inKind) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Grant(UUID callId, String callTitle, UUID funderOrganisationId, BigDecimal requested,
            BigDecimal granted, BigDecimal disbursed) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Totals(Amounts cash, Amounts inKind, BigDecimal approvedFinancing, BigDecimal disbursed) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Compliance(UUID callId, String rule, BigDecimal limit, BigDecimal actual, boolean compliant,
            BigDecimal gapAmount, String detail) {
    }
}
