package se.samverkan.funding.rest;

import jakarta.ws.rs.Produces;
import jakarta.ws.rs.ext.Provider;

import se.samverkan.platform.csv.CsvBodyWriter;
import se.samverkan.platform.csv.CsvDialect;
import se.samverkan.platform.csv.CsvTable;
import se.samverkan.platform.paging.PageResponse;

/**
 * A page of co-funding for a spreadsheet: one row per commitment and year of its schedule, so that the amounts add up
 * (and pivot) by funder, year or status without counting a commitment's total twice.
 */
@Provider
@Produces(CsvDialect.TEXT_CSV)
public class CoFundingListCsv extends CsvBodyWriter<PageResponse<CoFundingResponse>> {

    public CoFundingListCsv() {
        super(PageResponse.class, CoFundingResponse.class);
    }

    @Override
    protected CsvTable table(PageResponse<CoFundingResponse> page) {
        CsvTable table = CsvTable.of("co-funding.csv", "id", "projectId", "funderOrganisationId", "kind",
                "budgetSource", "status", "decisionCaseId", "appealWindowEndsOn", "legallyFinal", "year", "amount",
                "version");
        for (CoFundingResponse c : page.items()) {
            if (c.schedule().isEmpty()) {
                table.row(c.id(), c.projectId(), c.funderOrganisationId(), c.kind(), c.budgetSource(), c.status(),
                        c.decisionCaseId(), c.appealWindowEndsOn(), c.legallyFinal(), null, null, c.version());
            }
            for (CoFundingRequest.YearAmount entry : c.schedule()) {
                table.row(c.id(), c.projectId(), c.funderOrganisationId(), c.kind(), c.budgetSource(), c.status(),
                        c.decisionCaseId(), c.appealWindowEndsOn(), c.legallyFinal(), entry.year(), entry.amount(),
                        c.version());
            }
        }
        return table;
    }
}
