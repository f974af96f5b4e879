package se.samverkan.funding.service;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;

import se.samverkan.funding.client.OrganisationView;
import se.samverkan.funding.client.ProjectDirectory;
import se.samverkan.funding.domain.Financing;
import se.samverkan.funding.domain.FundingStats;
import se.samverkan.funding.domain.ReportStats;
import se.samverkan.funding.domain.ReportStatus;
import se.samverkan.funding.repository.LedgerRepository;
import se.samverkan.funding.repository.ReportRepository;
import se.samverkan.platform.problem.ServiceUnavailableException;

/** The ledger of a project and the totals for dashboards: two and one SQL queries. */
@ApplicationScoped
public class FinancingService {

    private static final int LOOKUP_BATCH = 200;

    private final LedgerRepository ledger;
    private final ProjectDirectory directory;
    private final ReportRepository reports;

    public FinancingService(LedgerRepository ledger, ProjectDirectory directory, ReportRepository reports) {
        this.reports = reports;
        this.ledger = ledger;
        this.directory = directory;
    }

    /**
     * The ledger, with each funder's name and org-id from project-service's registry (one call for up to 200
     * funders). When project-service cannot answer, the names are null and the money is still current.
     */
    public Financing financing(UUID projectId) {
        return financing(projectId, null);
    }

    /**
     * The ledger as it stood at {@code asOf} (null: now), rebuilt from the histories of its commitments, applications,
     * calls and disbursements by recorded time. The funders' names are the registry's of today.
     */
    public Financing financing(UUID projectId, Instant asOf) {
        List<LedgerRepository.CoFundingRow> coFunding = asOf == null ? ledger.coFunding(projectId)
                : ledger.coFundingAsOf(projectId, asOf);
        List<LedgerRepository.GrantRow> grants = asOf == null ? ledger.grants(projectId)
                : ledger.grantsAsOf(projectId, asOf);
        List<UUID> funders = Stream.concat(coFunding.stream().map(LedgerRepository.CoFundingRow::funderOrganisationId),
                grants.stream().map(LedgerRepository.GrantRow::funderOrganisationId)).distinct().toList();
        return Ledger.of(projectId, coFunding, grants, names(funders))
                .withReports(Financing.ReportCounts.of(reports.countByStatus(projectId)));
    }

    private Map<UUID, Financing.Funder> names(List<UUID> funders) {
        Map<UUID, Financing.Funder> names = new HashMap<>();
        try {
            for (int i = 0; i < funders.size(); i += LOOKUP_BATCH) {
                directory.organisations(funders.subList(i, Math.min(funders.size(), i + LOOKUP_BATCH)))
                        .forEach((id, organisation) -> names.put(id,
                                new Financing.Funder(organisation.name(), organisation.orgId())));
            }
        } catch (ServiceUnavailableException e) {
            // ProjectDirectory has logged the outage once; the ledger's figures do not depend on the names
            return Map.of();
        }
        return names;
    }

    public FundingStats stats(FundingStats.GroupBy groupBy) {
        List<FundingStats.Group> groups = groupBy == FundingStats.GroupBy.COUNTY ? byCounty()
                : ledger.stats(groupBy);
        FundingStats.Group totals = groups.stream().reduce(
                new FundingStats.Group(null, zero(), zero(), zero()),
                (a, b) -> new FundingStats.Group(null, a.granted().add(b.granted()),
                        a.approvedCoFunding().add(b.approvedCoFunding()), a.disbursed().add(b.disbursed())));
        return new FundingStats(groupBy.name().toLowerCase(Locale.ROOT), groups, totals);
    }

    /**
     * Totals per funder from the database, then each funder's county from project-service in batches of
     * 200 ids (one call per batch, not per funder). Funders without a county are grouped under "none".
     */
    private List<FundingStats.Group> byCounty() {
        List<FundingStats.Group> perFunder = ledger.stats(FundingStats.GroupBy.FUNDER);
        List<UUID> funders = perFunder.stream().map(g -> UUID.fromString(g.key())).toList();
        Map<UUID, OrganisationView> organisations = new HashMap<>();
        for (int i = 0; i < funders.size(); i += LOOKUP_BATCH) {
            organisations.putAll(directory.organisations(funders.subList(i, Math.min(funders.size(), i + LOOKUP_BATCH))));
        }
        Map<String, FundingStats.Group> byCounty = new TreeMap<>();
        for (FundingStats.Group funder : perFunder) {
            OrganisationView organisation = organisations.get(UUID.fromString(funder.key()));
            String county = organisation == null || organisation.countyCode() == null ? "none" : organisation.countyCode();
            byCounty.merge(county, new FundingStats.Group(county, funder.granted(), funder.approvedCoFunding(),
                    funder.disbursed()), (a, b) -> new FundingStats.Group(county, a.granted().add(b.granted()),
                    a.approvedCoFunding().add(b.approvedCoFunding()), a.disbursed().add(b.disbursed())));
        }
        return List.copyOf(byCounty.values());
    }

    /** Every report counted by status, per project or per funder, in one query. */
    public ReportStats reportStats(ReportStats.GroupBy groupBy) {
        Map<String, Map<ReportStatus, Long>> byKey = new java.util.LinkedHashMap<>();
        Map<ReportStatus, Long> totals = new java.util.EnumMap<>(ReportStatus.class);
        for (Object[] row : reports.countByStatus(groupBy.name().toLowerCase(Locale.ROOT))) {
            ReportStatus status = (ReportStatus) row[1];
            long count = ((Number) row[2]).longValue();
            byKey.computeIfAbsent(row[0].toString(), k -> new java.util.EnumMap<>(ReportStatus.class))
                    .merge(status, count, Long::sum);
            totals.merge(status, count, Long::sum);
        }
        return new ReportStats(groupBy.name().toLowerCase(Locale.ROOT), byKey.entrySet().stream()
                .map(e -> new ReportStats.Group(e.getKey(), Financing.ReportCounts.of(e.getValue()))).toList(),
                Financing.ReportCounts.of(totals));
    }

    private static BigDecimal zero() {
        return BigDecimal.ZERO.setScale(2);
    }
}
