package se.samverkan.project.rest;

import static se.samverkan.platform.security.Roles.ADMIN;
import static se.samverkan.platform.security.Roles.FUNDER_OFFICER;
import static se.samverkan.platform.security.Roles.MUNICIPALITY_OFFICER;
import static se.samverkan.platform.security.Roles.NATIONAL_COORDINATOR;
import static se.samverkan.platform.security.Roles.REGIONAL_COORDINATOR;
import static se.samverkan.platform.security.Roles.VIEWER;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import se.samverkan.platform.http.QueryParams;
import se.samverkan.platform.opendata.OpenDataConfig;
import se.samverkan.platform.paging.PageRequest;
import se.samverkan.platform.problem.ProblemException;
import se.samverkan.platform.time.SwedishTime;
import se.samverkan.project.domain.ProjectStatus;
import se.samverkan.project.repository.ExportRepository;
import se.samverkan.project.rest.mapping.IatiActivitiesWriter;
import se.samverkan.project.rest.mapping.ProjectSummaryMapper;
import se.samverkan.project.service.OpenDataService;

/**
 * Open data: the projects as IATI 2.03 activities, streamed. Public money is published, so every role may read the
 * exports (viewer included); they carry no personal data: no staff, no e-mail, no createdBy or updatedBy.
 */
@Path("/exports")
@Tag(name = "Open data", description = "The projects as IATI 2.03 activities, and what funding-service's 360Giving "
        + "export needs to know of them")
public class ExportResource {

    static final String XML = "application/xml";

    private final OpenDataService service;
    private final OpenDataConfig config;
    private final Clock clock;
    private final ProjectSummaryMapper mapper;

    public ExportResource(OpenDataService service, OpenDataConfig config, Clock clock, ProjectSummaryMapper mapper) {
        this.service = service;
        this.config = config;
        this.clock = clock;
        this.mapper = mapper;
    }

    @GET
    @RolesAllowed({ADMIN, NATIONAL_COORDINATOR, REGIONAL_COORDINATOR, MUNICIPALITY_OFFICER, FUNDER_OFFICER,
            VIEWER})
    @Path("/iati-activities")
    @Produces(XML)
    @Operation(summary = "The projects as IATI 2.03 activities", description = "One iati-activities document "
            + "(version 2.03, valid against the IATI Activity Standard's schema) with an iati-activity per project: "
            + "identifier from the owner's org-id and the project's code, reporting and participating organisations "
            + "with IATI's roles, status, planned and actual dates, Sweden and the participating municipalities and "
            + "counties as locations with SCB's codes, the total budget spread over the years (indicative), and "
            + "the transactions from funding-service: commitments (approved co-funding per year, granted "
            + "applications) and disbursements. Streamed a page of projects at a time, however many there are.")
    @APIResponse(responseCode = "200", description = "The IATI document",
            content = @Content(mediaType = XML, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "400", description = "projectId is not a UUID, or status is not a project status")
    @APIResponse(responseCode = "404", description = "No such project, or no project matches (an IATI document "
            + "needs at least one activity)")
    @APIResponse(responseCode = "503", description = "funding-service cannot give the projects' transactions now")
    public Response iatiActivities(
            @Parameter(description = "Only this project") @QueryParam("projectId") String projectId,
            @Parameter(description = "Only projects in this status", example = "IMPLEMENTATION")
            @QueryParam("status") String status, @Context UriInfo uri) {
        // an empty value is a mistake, not "any": it would export everything when one project was meant
        if (given(uri, "projectId") && (projectId == null || projectId.isBlank())) {
            throw ProblemException.invalid("projectId", "must be a project's id (a UUID), or left out");
        }
        if (given(uri, "status") && (status == null || status.isBlank())) {
            throw ProblemException.invalid("status", "must be a project status, or left out");
        }
        ExportRepository.Filter filter = new ExportRepository.Filter(QueryParams.uuid("projectId", projectId),
                QueryParams.enumValue("status", status, ProjectStatus.class));
        if (filter.projectId() != null && !service.projectExists(filter.projectId())) {
            throw ProblemException.notFound("Project", filter.projectId());
        }
        // the first page is read before the answer starts, so that a missing funding-service is a clean 503
        OpenDataService.ActivityPage first = service.activities(filter, null);
        if (first.activities().isEmpty()) {
            throw new ProblemException(404, "nothing-to-export", "Nothing to export",
                    "No project is in status " + filter.status() + "; an IATI document needs at least one activity");
        }
        IatiActivitiesWriter writer = new IatiActivitiesWriter(config, clock.instant(), SwedishTime.today(clock));
        StreamingOutput body = out -> writer.write(out, first, after -> service.activities(filter, after));
        return Response.ok(body, XML).build();
    }

    @GET
    @RolesAllowed({ADMIN, NATIONAL_COORDINATOR, REGIONAL_COORDINATOR, MUNICIPALITY_OFFICER, FUNDER_OFFICER,
            VIEWER})
    @Path("/project-summaries")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Projects for funding-service's 360Giving export", description = "Up to 200 projects by id "
            + "in one call: code, name, description, period, status, the owner with its org-id, and the participating "
            + "municipalities with SCB's codes. Unknown ids are left out.")
    @APIResponse(responseCode = "200", description = "The projects found",
            content = @Content(schema = @Schema(implementation = ProjectSummaryResponse.Items.class)))
    @APIResponse(responseCode = "400", description = "An id is not a UUID, none was given, or more than 200")
    public ProjectSummaryResponse.Items projectSummaries(
            @Parameter(description = "The projects' ids (repeat the parameter, 1 to 200)", required = true)
            @QueryParam("id") List<String> ids) {
        List<UUID> projectIds = QueryParams.uuids("id", ids, PageRequest.MAX_SIZE);
        if (projectIds == null || projectIds.isEmpty()) {
            throw ProblemException.invalid("id", "required: one to 200 project ids");
        }
        return new ProjectSummaryResponse.Items(service.summaries(projectIds).stream().map(mapper::toResponse).toList());
    }

    private static boolean given(UriInfo uri, String parameter) {
        return uri.getQueryParameters().containsKey(parameter);
    }
}
