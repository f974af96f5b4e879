package se.samverkan.funding.service;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import se.samverkan.funding.domain.CoFundingKind;
import se.samverkan.funding.domain.Financing;
import se.samverkan.funding.domain.Financing.Amounts;
import se.samverkan.funding.domain.Financing.ComplianceCheck;
import se.samverkan.funding.domain.Financing.Rule;
import se.samverkan.funding.repository.LedgerRepository.CoFundingRow;
import se.samverkan.funding.repository.LedgerRepository.GrantRow;

/**
 * Arranges the database's sums into the ledger and checks each call's rules against the project's approved
 * money: everything granted plus all approved co-funding, cash and in kind.
 */
public final class Ledger {

    private static final int RATE_SCALE = 4;

    private Ledger() {
    }

    public static Financing of(UUID projectId, List<CoFundingRow> coFunding, List<GrantRow> grants) {
        return of(projectId, coFunding, grants, Map.of());
    }

    /** With each funder's name and org-id beside its id ({@link Financing.Funder#UNKNOWN} for one not in the map). */
    public static Financing of(UUID projectId, List<CoFundingRow> coFunding, List<GrantRow> grants,
            Map<UUID, Financing.Funder> names) {
        Map<UUID, List<Financing.LedgerYear>> years = new LinkedHashMap<>();
        Map<UUID, Amounts> cash = new LinkedHashMap<>();
        Map<UUID, Amounts> inKind = new LinkedHashMap<>();
        for (CoFundingRow row : coFunding) {
            Financing.LedgerYear year = new Financing.LedgerYear(row.year(), row.kind(), row.proposed(),
                    row.approved(), row.disbursed(), row.approved().subtract(row.disbursed()));
            years.computeIfAbsent(row.funderOrganisationId(), id -> new ArrayList<>()).add(year);
            Map<UUID, Amounts> byKind = row.kind() == CoFundingKind.CASH ? cash : inKind;
            byKind.merge(row.funderOrganisationId(), year.amounts(), Amounts::plus);
        }
        List<Financing.FunderLedger> funders = years.entrySet().stream()
                .map(e -> new Financing.FunderLedger(e.getKey(), name(names, e.getKey()).name(),
                        name(names, e.getKey()).orgId(), money(cash.getOrDefault(e.getKey(), Amounts.ZERO)),
                        money(inKind.getOrDefault(e.getKey(), Amounts.ZERO)), e.getValue()))
                .toList();
        Amounts totalCash = money(funders.stream().map(Financing.FunderLedger::cash).reduce(Amounts.ZERO, Amounts::plus));
        Amounts totalInKind = money(funders.stream().map(Financing.FunderLedger::inKind)
                .reduce(Amounts.ZERO, Amounts::plus));

        List<Financing.GrantLine> grantLines = grants.stream()
                .map(g -> new Financing.GrantLine(g.callId(), g.callTitle(), g.funderOrganisationId(),
                        name(names, g.funderOrganisationId()).name(), name(names, g.funderOrganisationId()).orgId(),
                        g.requested(),
                        g.granted(), g.disbursed(), g.granted().subtract(g.disbursed())))
                .toList();
        BigDecimal requested = sum(grantLines.stream().map(Financing.GrantLine::requested).toList());
        BigDecimal granted = sum(grantLines.stream().map(Financing.GrantLine::granted).toList());
        BigDecimal grantsPaid = sum(grantLines.stream().map(Financing.GrantLine::disbursed).toList());
        Financing.GrantAmounts grantTotals = new Financing.GrantAmounts(requested, granted, grantsPaid,
                granted.subtract(grantsPaid));

        BigDecimal approvedCoFunding = totalCash.approved().add(totalInKind.approved());
        BigDecimal approvedFinancing = granted.add(approvedCoFunding);
        BigDecimal disbursed = grantsPaid.add(totalCash.disbursed()).add(totalInKind.disbursed());
        BigDecimal coFundingRate = approvedFinancing.signum() == 0 ? null : rate(approvedCoFunding, approvedFinancing);

        List<ComplianceCheck> compliance = new ArrayList<>();
        for (GrantRow grant : grants) {
            if (grant.granted().signum() > 0) {
                compliance.addAll(check(grant, approvedCoFunding, approvedFinancing));
            }
        }
        return new Financing(projectId, funders, grantLines,
                new Financing.Totals(totalCash, totalInKind, grantTotals, approvedFinancing, disbursed),
                coFundingRate, compliance, null);
    }

    static List<ComplianceCheck> check(GrantRow grant, BigDecimal approvedCoFunding, BigDecimal approvedFinancing) {
        List<ComplianceCheck> checks = new ArrayList<>();
        BigDecimal granted = grant.granted();
        if (grant.maxGrantRate() != null) {
            BigDecimal allowed = money(grant.maxGrantRate().multiply(approvedFinancing));
            boolean ok = granted.compareTo(allowed) <= 0;
            checks.add(new ComplianceCheck(grant.callId(), Rule.MAX_GRANT_RATE, grant.maxGrantRate(),
                    rate(granted, approvedFinancing), ok, ok ? zero() : granted.subtract(allowed),
                    "The grant of " + Sek.of(granted) + " is " + percent(granted, approvedFinancing)
                            + " of the approved " + Sek.of(approvedFinancing) + "; the call allows at most "
                            + percent(grant.maxGrantRate()) + " (" + Sek.of(allowed) + ")"));
        }
        if (grant.minCoFundingRate() != null) {
            BigDecimal required = money(grant.minCoFundingRate().multiply(approvedFinancing));
            boolean ok = approvedCoFunding.compareTo(required) >= 0;
            checks.add(new ComplianceCheck(grant.callId(), Rule.MIN_CO_FUNDING_RATE, grant.minCoFundingRate(),
                    rate(approvedCoFunding, approvedFinancing), ok, ok ? zero() : required.subtract(approvedCoFunding),
                    "Approved co-funding of " + Sek.of(approvedCoFunding) + " is "
                            + percent(approvedCoFunding, approvedFinancing) + " of the approved "
                            + Sek.of(approvedFinancing) + "; the call asks for at least "
                            + percent(grant.minCoFundingRate()) + " (" + Sek.of(required) + ")"));
        }
        if (grant.minAmount() != null) {
            boolean ok = granted.compareTo(grant.minAmount()) >= 0;
            checks.add(new ComplianceCheck(grant.callId(), Rule.MIN_AMOUNT, grant.minAmount(), granted, ok,
                    ok ? zero() : grant.minAmount().subtract(granted),
                    "The grant of " + Sek.of(granted) + " against the call's minimum of " + Sek.of(grant.minAmount())));
        }
        if (grant.maxAmount() != null) {
            boolean ok = granted.compareTo(grant.maxAmount()) <= 0;
            checks.add(new ComplianceCheck(grant.callId(), Rule.MAX_AMOUNT, grant.maxAmount(), granted, ok,
                    ok ? zero() : granted.subtract(grant.maxAmount()),
                    "The grant of " + Sek.of(granted) + " against the call's maximum of " + Sek.of(grant.maxAmount())));
        }
        return checks;
    }

    private static Financing.Funder name(Map<UUID, Financing.Funder> names, UUID funder) {
        return names.getOrDefault(funder, Financing.Funder.UNKNOWN);
    }

    private static BigDecimal rate(BigDecimal part, BigDecimal whole) {
        return part.divide(whole, RATE_SCALE, RoundingMode.HALF_UP);
    }

    private static String percent(BigDecimal part, BigDecimal whole) {
        return percent(part.divide(whole, RATE_SCALE + 2, RoundingMode.HALF_UP));
    }

    private static String percent(BigDecimal rate) {
        return rate.movePointRight(2).setScale(2, RoundingMode.HALF_UP).toPlainString() + " %";
    }

    private static BigDecimal sum(List<BigDecimal> amounts) {
        return money(amounts.stream().reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    private static BigDecimal zero() {
        return money(BigDecimal.ZERO);
    }

    private static BigDecimal money(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }

    private static Amounts money(Amounts a) {
        return new Amounts(money(a.proposed()), money(a.approved()), money(a.disbursed()), money(a.remaining()));
    }
}
