package se.samverkan.funding.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A project's money as a ledger: a read model computed from SQL aggregates, never stored. */
@Schema(name = "Financing")
public record Financing(
        UUID projectId,
        @Schema(description = "Co-funding per funder, each year with cash and in-kind apart") List<FunderLedger> funders,
        @Schema(description = "Applications per call that are submitted or granted") List<GrantLine> grants,
        Totals totals,
        @Schema(description = "Approved co-funding (cash and in kind) as a share of the project's approved money "
                + "(granted plus approved co-funding); null while there is none", example = "0.2000")
        BigDecimal coFundingRate,
        @Schema(description = "Each rule of each call the project holds a grant from, checked against its approved money")
        List<ComplianceCheck> compliance,
        @Schema(description = "The project's reporting duties counted by status") ReportCounts reports) {

    /** The same ledger with the project's reports counted. */
    public Financing withReports(ReportCounts counts) {
        return new Financing(projectId, funders, grants, totals, coFundingRate, compliance, counts);
    }

    @Schema(name = "ReportCounts", description = "Reports due by status: due (not yet submitted, due date not passed), "
            + "overdue, returned (sent back, to be submitted again), submitted (awaiting the funder), approved")
    public record ReportCounts(@Schema(example = "2") long due, @Schema(example = "1") long overdue,
            @Schema(example = "0") long returned, @Schema(example = "1") long submitted,
            @Schema(example = "4") long approved) {

        public static ReportCounts of(java.util.Map<ReportStatus, Long> byStatus) {
            return new ReportCounts(byStatus.getOrDefault(ReportStatus.DUE, 0L),
                    byStatus.getOrDefault(ReportStatus.OVERDUE, 0L), byStatus.getOrDefault(ReportStatus.RETURNED, 0L),
                    byStatus.getOrDefault(ReportStatus.SUBMITTED, 0L),
                    byStatus.getOrDefault(ReportStatus.APPROVED, 0L));
        }
    }

    @Schema(name = "LedgerAmounts")
    public record Amounts(
            @Schema(description = "Committed but not yet decided", example = "0.00") BigDecimal proposed,
            @Schema(description = "Decided by the funder's board", example = "120000.00") BigDecimal approved,
            @Schema(example = "40000.00") BigDecimal disbursed,
            @Schema(description = "approved − disbursed", example = "80000.00") BigDecimal remaining) {

        public static final Amounts ZERO = new Amounts(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO,
                BigDecimal.ZERO);

        public Amounts plus(Amounts other) {
            return new Amounts(proposed.add(other.proposed), approved.add(other.approved),
                    disbursed.add(other.disbursed), remaining.add(other.remaining));
        }
    }

    @Schema(name = "LedgerYear")
    public record LedgerYear(@Schema(example = "2017") int year, @Schema(example = "CASH") CoFundingKind kind,
            @Schema(example = "0.00") BigDecimal proposed, @Schema(example = "40000.00") BigDecimal approved,
            @Schema(example = "0.00") BigDecimal disbursed, @Schema(example = "40000.00") BigDecimal remaining) {

        public Amounts amounts() {
            return new Amounts(proposed, approved, disbursed, remaining);
        }
    }

    /**
     * A funder's name and org-id as project-service's registry has them, for {@link FunderLedger} and
     * {@link GrantLine}; not a part of the document itself.
     */
    public record Funder(String name, String orgId) {

        public static final Funder UNKNOWN = new Funder(null, null);
    }

    @Schema(name = "FunderLedger")
    public record FunderLedger(UUID funderOrganisationId,
            @Schema(description = "Null when project-service cannot answer; the amounts are current anyway",
                    example = "Ljungby kommun") String funderName,
            @Schema(description = "The funder's org-id; null when project-service cannot answer or the registry has "
                    + "no organisation number", example = "SE-ON-2120000696") String funderOrgId,
            Amounts cash, Amounts inKind, List<LedgerYear> years) {
    }

    @Schema(name = "GrantLine")
    public record GrantLine(UUID callId, @Schema(example = "Utveckling av lokala servicelösningar") String callTitle,
            UUID funderOrganisationId,
            @Schema(description = "Null when project-service cannot answer", example = "Tillväxtverket") String funderName,
            @Schema(description = "Null when project-service cannot answer", example = "SE-ON-2021004284")
            String funderOrgId,
            BigDecimal requested, BigDecimal granted, BigDecimal disbursed,
            BigDecimal remaining) {
    }

    @Schema(name = "GrantAmounts")
    public record GrantAmounts(BigDecimal requested, BigDecimal granted, BigDecimal disbursed, BigDecimal remaining) {
    }

    @Schema(name = "FinancingTotals")
    public record Totals(Amounts cash, Amounts inKind, GrantAmounts grants,
            @Schema(description = "Granted plus approved co-funding") BigDecimal approvedFinancing,
            @Schema(description = "Everything paid out, grants and co-funding") BigDecimal disbursed) {
    }

    public enum Rule {
        MAX_GRANT_RATE, MIN_CO_FUNDING_RATE, MIN_AMOUNT, MAX_AMOUNT
    }

    @Schema(name = "ComplianceCheck")
    public record ComplianceCheck(
            UUID callId,
            @Schema(example = "MAX_GRANT_RATE") Rule rule,
            @Schema(description = "The call's limit: a rate (0.80) or an amount in SEK", example = "0.80") BigDecimal limit,
            @Schema(description = "The project's value: a rate or an amount in SEK", example = "0.7500") BigDecimal actual,
            boolean compliant,
            @Schema(description = "SEK by which the project misses the rule; 0 when compliant", example = "0.00")
            BigDecimal gapAmount,
            @Schema(example = "The grant is 75.00 % of the approved money; the call allows at most 80.00 %") String detail) {
    }
}
