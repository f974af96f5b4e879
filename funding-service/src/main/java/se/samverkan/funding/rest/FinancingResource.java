package se.samverkan.funding.rest;

import static se.samverkan.platform.security.Roles.ADMIN;
import static se.samverkan.platform.security.Roles.FUNDER_OFFICER;
import static se.samverkan.platform.security.Roles.MUNICIPALITY_OFFICER;
import static se.samverkan.platform.security.Roles.NATIONAL_COORDINATOR;
import static se.samverkan.platform.security.Roles.REGIONAL_COORDINATOR;
import static se.samverkan.platform.security.Roles.VIEWER;

import java.time.Instant;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import se.samverkan.funding.domain.Financing;
import se.samverkan.funding.domain.FundingStats;
import se.samverkan.funding.domain.ReportStats;
import se.samverkan.funding.service.FinancingService;
import se.samverkan.platform.csv.CsvDialect;
import se.samverkan.platform.history.History;
import se.samverkan.platform.http.QueryParams;
import se.samverkan.platform.problem.ProblemException;

@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Ledger", description = "A project's money and the totals for dashboards, added up by the database")
public class FinancingResource {

    private final FinancingService service;

    public FinancingResource(FinancingService service) {
        this.service = service;
    }

    @GET
    @RolesAllowed({ADMIN, NATIONAL_COORDINATOR, REGIONAL_COORDINATOR, MUNICIPALITY_OFFICER, FUNDER_OFFICER, VIEWER})
    @Path("projects/{projectId}/financing")
    @Operation(summary = "A project's financing", description = "The ledger per funder and year with cash and in "
            + "kind apart (proposed, approved, disbursed, remaining), grants per call, totals, the co-funding rate and "
            + "each call rule checked against the approved money, with the gap in SEK where it fails. A project "
            + "without money answers with empty lists and zeros. With Accept: text/csv it is a CSV for a Swedish "
            + "spreadsheet (UTF-8 with BOM, ';', decimal comma): one row per funder, year and kind, and per call.")
    @Produces({MediaType.APPLICATION_JSON, CsvDialect.TEXT_CSV})
    @APIResponse(responseCode = "200", description = "The ledger",
            content = @Content(schema = @Schema(implementation = Financing.class)))
    @APIResponse(responseCode = "400", description = "projectId is not a UUID, or asOf not an instant with a zone")
    public Response financing(
            @Parameter(description = "The project's id in project-service",
                    schema = @Schema(type = SchemaType.STRING, format = "uuid"))
            @PathParam("projectId") String projectId,
            @Parameter(description = "The ledger as it stood at this instant (ISO-8601 with a zone), rebuilt from the "
                    + "recorded history of its commitments, applications, calls and disbursements (recorded time, not "
                    + "the dates of the business); Memento-Datetime repeats the instant. Funder names are today's.",
                    example = "2017-04-01T00:00:00Z") @QueryParam("asOf") String asOf) {
        UUID id = QueryParams.uuid("projectId", projectId);
        Instant instant = History.asOfParameter(asOf);
        Response.ResponseBuilder answer = Response.ok(service.financing(id, instant));
        if (instant != null) {
            answer.header(History.MEMENTO_DATETIME, History.httpDate(instant));
        }
        return answer.build();
    }

    @GET
    @RolesAllowed({ADMIN, NATIONAL_COORDINATOR, REGIONAL_COORDINATOR, MUNICIPALITY_OFFICER, FUNDER_OFFICER, VIEWER})
    @Path("stats/funding")
    @Operation(summary = "Funding totals for dashboards", description = "Granted money (by decision year), approved "
            + "co-funding (by schedule year) and disbursements (by year), grouped by year, funder, call or the "
            + "funder's county (SCB code, from project-service's registry; \"none\" for funders without one).")
    @APIResponse(responseCode = "200", description = "The groups and their totals")
    @APIResponse(responseCode = "400", description = "groupBy missing or not one of year, funder, call, county")
    @APIResponse(responseCode = "503", description = "groupBy=county while project-service cannot answer; the other "
            + "groupings keep working")
    public FundingStats fundingStats(
            @Parameter(description = "year, funder, call or county", required = true, example = "year")
            @QueryParam("groupBy") String groupBy) {
        FundingStats.GroupBy grouping = QueryParams.enumValue("groupBy", groupBy, FundingStats.GroupBy.class);
        if (grouping == null) {
            throw ProblemException.invalid("groupBy", "required: one of year, funder, call, county");
        }
        return service.stats(grouping);
    }

    @GET
    @RolesAllowed({ADMIN, NATIONAL_COORDINATOR, REGIONAL_COORDINATOR, MUNICIPALITY_OFFICER, FUNDER_OFFICER, VIEWER})
    @Path("stats/reports")
    @Operation(summary = "Reporting duties counted for dashboards", description = "Reports due, overdue, returned, "
            + "submitted and approved, per project or per funder, and in total")
    @APIResponse(responseCode = "200", description = "The groups and their counts")
    @APIResponse(responseCode = "400", description = "groupBy missing or not one of project, funder")
    public ReportStats reportStats(
            @Parameter(description = "project or funder", required = true, example = "project")
            @QueryParam("groupBy") String groupBy) {
        ReportStats.GroupBy grouping = QueryParams.enumValue("groupBy", groupBy, ReportStats.GroupBy.class);
        if (grouping == null) {
            throw ProblemException.invalid("groupBy", "required: one of project, funder");
        }
        return service.reportStats(grouping);
    }
}
