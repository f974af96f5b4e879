package se.samverkan.project.rest;

import static se.samverkan.platform.security.Roles.ADMIN;
import static se.samverkan.platform.security.Roles.FUNDER_OFFICER;
import static se.samverkan.platform.security.Roles.MUNICIPALITY_OFFICER;
import static se.samverkan.platform.security.Roles.NATIONAL_COORDINATOR;
import static se.samverkan.platform.security.Roles.REGIONAL_COORDINATOR;
import static se.samverkan.platform.security.Roles.VIEWER;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import se.samverkan.platform.csv.CsvDialect;
import se.samverkan.platform.http.QueryParams;
import se.samverkan.project.rest.mapping.OverviewMapper;
import se.samverkan.project.service.OverviewService;
import se.samverkan.project.service.ResultService;

@Path("/stats")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Statistics", description = "Figures for dashboards")
public class StatsResource {

    private final OverviewService service;
    private final OverviewMapper mapper;
    private final ResultService results;

    public StatsResource(OverviewService service, OverviewMapper mapper, ResultService results) {
        this.results = results;
        this.service = service;
        this.mapper = mapper;
    }

    @GET
    @RolesAllowed({ADMIN, NATIONAL_COORDINATOR, REGIONAL_COORDINATOR, MUNICIPALITY_OFFICER, FUNDER_OFFICER,
            VIEWER})
    @Path("/participation")
    @Operation(summary = "Participation per county", description = "For each of the 21 counties: municipalities "
            + "taking part (not withdrawn; each counted once), adopted service plans and service solutions in "
            + "operation; across all projects, or in one with projectId. One query, however much data. With "
            + "Accept: text/csv it is a CSV for a Swedish spreadsheet (UTF-8 with BOM, ';'), one row per county.")
    @Produces({MediaType.APPLICATION_JSON, CsvDialect.TEXT_CSV})
    @APIResponse(responseCode = "200", description = "The figures per county",
            content = @Content(schema = @Schema(implementation = ParticipationStatsResponse.class)))
    @APIResponse(responseCode = "400", description = "projectId is not a UUID")
    @APIResponse(responseCode = "404", description = "No such project")
    public ParticipationStatsResponse getParticipationStats(
            @Parameter(description = "Count one project only") @QueryParam("projectId") String projectId) {
        UUID id = QueryParams.uuid("projectId", projectId);
        return mapper.toStats(id, service.participationByCounty(id));
    }

    @GET
    @RolesAllowed({ADMIN, NATIONAL_COORDINATOR, REGIONAL_COORDINATOR, MUNICIPALITY_OFFICER, FUNDER_OFFICER,
            VIEWER})
    @Path("/results")
    @Operation(summary = "Results' progress per county", description = "For each of the 21 counties: the projects "
            + "with a participating municipality there (a project in several counties counts in each) and the latest "
            + "periods of their indicators, achieved, on track, behind or without data, on today's date in Sweden. "
            + "The reports due and overdue per project are funding-service's GET /stats/reports?groupBy=project.")
    @APIResponse(responseCode = "200", description = "The figures per county",
            content = @Content(schema = @Schema(implementation = ResultStatsResponse.class)))
    public ResultStatsResponse getResultStats() {
        return mapper.toResultStats(results.progressByCounty());
    }
}
