package se.samverkan.funding.service;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import se.samverkan.funding.domain.Financing;
import se.samverkan.funding.domain.FundingStats;
import se.samverkan.funding.repository.LedgerRepository;
import se.samverkan.platform.problem.ProblemException;

/** The ledger of a project and the totals for dashboards: two and one SQL queries. */
@ApplicationScoped
public class FinancingService {

    private final LedgerRepository ledger;

    public FinancingService(LedgerRepository ledger) {
        this.ledger = ledger;
    }

    public Financing financing(UUID projectId) {
        return Ledger.of(projectId, ledger.coFunding(projectId), ledger.grants(projectId));
    }

    public FundingStats stats(FundingStats.GroupBy groupBy) {
        if (groupBy == FundingStats.GroupBy.COUNTY) {
            throw ProblemException.ruleBroken("county-not-available", "groupBy=county needs each funder's county "
                    + "from project-service, which funding-service does not ask yet; group by year, funder or call");
        }
        List<FundingStats.Group> groups = ledger.stats(groupBy);
        FundingStats.Group totals = groups.stream().reduce(
                new FundingStats.Group(null, zero(), zero(), zero()),
                (a, b) -> new FundingStats.Group(null, a.granted().add(b.granted()),
                        a.approvedCoFunding().add(b.approvedCoFunding()), a.disbursed().add(b.disbursed())));
        return new FundingStats(groupBy.name().toLowerCase(Locale.ROOT), groups, totals);
    }

    private static BigDecimal zero() {
        return BigDecimal.ZERO.setScale(2);
    }
}
