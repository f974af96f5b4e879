package se.samverkan.project.rest;

import jakarta.ws.rs.Produces;
import jakarta.ws.rs.ext.Provider;

import se.samverkan.platform.csv.CsvBodyWriter;
import se.samverkan.platform.csv.CsvDialect;
import se.samverkan.platform.csv.CsvTable;

/**
 * Participation per county for a spreadsheet: one row per county, no totals row (a column's sum is the total). The
 * county code is SCB's two digits; a spreadsheet that guesses types shows {@code 07} as 7 unless the column is
 * imported as text, and the name is beside it.
 */
@Provider
@Produces(CsvDialect.TEXT_CSV)
public class ParticipationStatsCsv extends CsvBodyWriter<ParticipationStatsResponse> {

    public ParticipationStatsCsv() {
        super(ParticipationStatsResponse.class);
    }

    @Override
    protected CsvTable table(ParticipationStatsResponse stats) {
        CsvTable table = CsvTable.of(stats.projectId() == null ? "participation.csv"
                : "participation-" + stats.projectId() + ".csv", "countyCode", "countyName",
                "participatingMunicipalities", "adoptedPlans", "solutionsInOperation");
        for (ParticipationStatsResponse.County county : stats.counties()) {
            table.row(county.countyCode(), county.countyName(), county.participatingMunicipalities(),
                    county.adoptedPlans(), county.solutionsInOperation());
        }
        return table;
    }
}
