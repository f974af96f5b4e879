package se.samverkan.funding.rest;

import jakarta.ws.rs.Produces;
import jakarta.ws.rs.ext.Provider;

import se.samverkan.funding.domain.Financing;
import se.samverkan.platform.csv.CsvBodyWriter;
import se.samverkan.platform.csv.CsvDialect;
import se.samverkan.platform.csv.CsvTable;

/**
 * The ledger for a spreadsheet: one row per funder, year and kind of co-funding, then one per call the project
 * applied to. Only lines, no totals, so that a column's sum is the total and nothing counts twice; the JSON has the
 * totals, the co-funding rate and the compliance checks. A grant's granted money is in {@code approved}.
 */
@Provider
@Produces(CsvDialect.TEXT_CSV)
public class FinancingCsv extends CsvBodyWriter<Financing> {

    public FinancingCsv() {
        super(Financing.class);
    }

    @Override
    protected CsvTable table(Financing financing) {
        CsvTable table = CsvTable.of("financing-" + financing.projectId() + ".csv", "line", "funderOrganisationId",
                "funderName", "funderOrgId", "callId", "callTitle", "year", "kind", "requested", "proposed", "approved",
                "disbursed", "remaining");
        for (Financing.FunderLedger funder : financing.funders()) {
            for (Financing.LedgerYear year : funder.years()) {
                table.row("CO_FUNDING", funder.funderOrganisationId(), funder.funderName(), funder.funderOrgId(), null,
                        null, year.year(), year.kind(), null, year.proposed(), year.approved(), year.disbursed(),
                        year.remaining());
            }
        }
        for (Financing.GrantLine grant : financing.grants()) {
            table.row("GRANT", grant.funderOrganisationId(), grant.funderName(), grant.funderOrgId(), grant.callId(),
                    grant.callTitle(), null, null, grant.requested(), null, grant.granted(), grant.disbursed(),
                    grant.remaining());
        }
        return table;
    }
}
