package se.samverkan.funding.rest;

import static se.samverkan.platform.security.Roles.ADMIN;
import static se.samverkan.platform.security.Roles.FUNDER_OFFICER;
import static se.samverkan.platform.security.Roles.MUNICIPALITY_OFFICER;
import static se.samverkan.platform.security.Roles.NATIONAL_COORDINATOR;
import static se.samverkan.platform.security.Roles.REGIONAL_COORDINATOR;
import static se.samverkan.platform.security.Roles.VIEWER;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import se.samverkan.funding.domain.ProjectTransaction;
import se.samverkan.funding.rest.mapping.GrantsWriter;
import se.samverkan.funding.service.OpenDataService;
import se.samverkan.platform.http.QueryParams;
import se.samverkan.platform.opendata.OpenDataConfig;
import se.samverkan.platform.paging.PageRequest;
import se.samverkan.platform.problem.ProblemException;

/**
 * Open data: the grants and co-funding commitments as a 360Giving package, streamed, and the projects' transactions
 * that project-service's IATI export publishes. Public money is published, so every role may read them (viewer
 * included); they carry no personal data: no case officers, no createdBy or updatedBy.
 */
@Path("/exports")
@Tag(name = "Open data", description = "Grants and commitments as 360Giving, and transactions for the IATI export")
public class ExportResource {

    private static final java.util.regex.Pattern YEAR = java.util.regex.Pattern.compile("[12][0-9]{3}");

    private final OpenDataService service;
    private final OpenDataConfig config;

    public ExportResource(OpenDataService service, OpenDataConfig config) {
        this.service = service;
        this.config = config;
    }

    @GET
    @RolesAllowed({ADMIN, NATIONAL_COORDINATOR, REGIONAL_COORDINATOR, MUNICIPALITY_OFFICER, FUNDER_OFFICER, VIEWER})
    @Path("/360giving")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Grants as a 360Giving 1.4.3 package", description = "{\"grants\": [...]} with one grant per "
            + "granted application and per approved co-funding commitment, each valid against the 360Giving 1.4.3 "
            + "schema: identifier under the publisher's prefix, title, description, SEK, amounts awarded (applied for "
            + "and disbursed too), award date (the grant's or the board's decision), planned dates (the project's "
            + "period), recipient and funder with org-ids and names, the participating municipalities as beneficiary "
            + "locations, and the call as grant programme. Streamed a page at a time, however many there are.")
    @APIResponse(responseCode = "200", description = "The 360Giving package",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT)))
    @APIResponse(responseCode = "400", description = "funderOrganisationId is not a UUID, or year is not a year")
    @APIResponse(responseCode = "503", description = "project-service cannot name the projects and organisations now")
    public Response threeSixtyGiving(
            @Parameter(description = "Only the grants and commitments of this funder")
            @QueryParam("funderOrganisationId") String funderOrganisationId,
            @Parameter(description = "Only those awarded (decided) in this year", example = "2017")
            @QueryParam("year") String year) {
        OpenDataService.GrantFilter filter = new OpenDataService.GrantFilter(
                QueryParams.uuid("funderOrganisationId", funderOrganisationId),
                year == null ? null : Integer.valueOf(QueryParams.matching("year", year, YEAR, "a year, e.g. 2017")));
        // the first page is read before the answer starts, so that a missing project-service is a clean 503
        OpenDataService.GrantPage first = service.grants(filter, OpenDataService.Cursor.START);
        GrantsWriter writer = new GrantsWriter(config);
        StreamingOutput body = out -> writer.write(out, first, cursor -> service.grants(filter, cursor));
        return Response.ok(body, MediaType.APPLICATION_JSON).build();
    }

    @GET
    @RolesAllowed({ADMIN, NATIONAL_COORDINATOR, REGIONAL_COORDINATOR, MUNICIPALITY_OFFICER, FUNDER_OFFICER, VIEWER})
    @Path("/transactions")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The transactions of projects, for the IATI export", description = "For up to 200 projects "
            + "in one call: commitments (an approved co-funding's amount per schedule year, dated by the decision that "
            + "approved it; a granted application's amount, dated by the grant) and disbursements (dated by the "
            + "payment), each with its provider: the co-funder or the funder of the application's call.")
    @APIResponse(responseCode = "200", description = "The transactions",
            content = @Content(schema = @Schema(implementation = ProjectTransaction.Items.class)))
    @APIResponse(responseCode = "400", description = "A projectId is not a UUID, none was given, or more than 200")
    public ProjectTransaction.Items transactions(
            @Parameter(description = "The projects' ids in project-service (repeat the parameter, 1 to 200)",
                    required = true) @QueryParam("projectId") List<String> projectIds) {
        List<UUID> ids = QueryParams.uuids("projectId", projectIds, PageRequest.MAX_SIZE);
        if (ids.isEmpty()) {
            throw ProblemException.invalid("projectId", "required: one to 200 project ids");
        }
        return new ProjectTransaction.Items(service.transactions(ids));
    }
}
