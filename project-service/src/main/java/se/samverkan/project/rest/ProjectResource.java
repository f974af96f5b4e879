package se.samverkan.project.rest;

import static se.samverkan.platform.security.Roles.ADMIN;
import static se.samverkan.platform.security.Roles.FUNDER_OFFICER;
import static se.samverkan.platform.security.Roles.MUNICIPALITY_OFFICER;
import static se.samverkan.platform.security.Roles.NATIONAL_COORDINATOR;
import static se.samverkan.platform.security.Roles.REGIONAL_COORDINATOR;
import static se.samverkan.platform.security.Roles.VIEWER;

import java.net.URI;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.context.ManagedExecutor;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import se.samverkan.platform.history.History;
import se.samverkan.platform.history.HistoryEntry;
import se.samverkan.platform.http.Created;
import se.samverkan.platform.http.ETags;
import se.samverkan.platform.http.IfMatch;
import se.samverkan.platform.http.QueryParams;
import se.samverkan.platform.idempotency.IdempotentCreate;
import se.samverkan.platform.openapi.Examples;
import se.samverkan.platform.paging.PageRequest;
import se.samverkan.platform.paging.PageResponse;
import se.samverkan.project.client.FundingDirectory;
import se.samverkan.project.domain.Project;
import se.samverkan.project.domain.ProjectStatus;
import se.samverkan.project.repository.ProjectRepository;
import se.samverkan.project.rest.mapping.OverviewMapper;
import se.samverkan.project.rest.mapping.ProjectMapper;
import se.samverkan.project.service.OverviewService;
import se.samverkan.project.service.ProjectOverview;
import se.samverkan.project.service.ProjectService;

@Path("/projects")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Projects", description = "Projects such as Service i samverkan, their history and their overview")
public class ProjectResource {

    private static final Map<String, String> SORTABLE = Map.of(
            "code", "code", "name", "name", "startDate", "startDate", "endDate", "endDate", "status", "status",
            "createdAt", "createdAt", "updatedAt", "updatedAt");

    private final ProjectService service;
    private final OverviewService overviews;
    private final ProjectMapper mapper;
    private final OverviewMapper overviewMapper;
    private final IdempotentCreate idempotentCreate;
    private final FundingDirectory funding;
    private final ManagedExecutor executor;

    public ProjectResource(ProjectService service, OverviewService overviews, ProjectMapper mapper,
            OverviewMapper overviewMapper, IdempotentCreate idempotentCreate, FundingDirectory funding,
            ManagedExecutor executor) {
        this.service = service;
        this.overviews = overviews;
        this.mapper = mapper;
        this.overviewMapper = overviewMapper;
        this.idempotentCreate = idempotentCreate;
        this.funding = funding;
        this.executor = executor;
    }

    @GET
    @RolesAllowed({ADMIN, NATIONAL_COORDINATOR, REGIONAL_COORDINATOR, MUNICIPALITY_OFFICER, FUNDER_OFFICER,
            VIEWER})
    @Operation(summary = "List projects", description = "Paged; filter by code (exact), name (q: case- and "
            + "accent-insensitive), status, owner, a participating organisation and updatedSince. Sort by code, name, "
            + "startDate, endDate, status, createdAt or updatedAt.")
    @APIResponse(responseCode = "200", description = "A page of projects")
    @APIResponse(responseCode = "400", description = "A filter, page, size or sort is invalid")
    public PageResponse<ProjectResponse> listProjects(
            @Parameter(description = "The project's code, exactly", example = "SIS-2017",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 40)) @QueryParam("code") String code,
            @Parameter(description = "Part of the name", example = "samverkan") @QueryParam("q") String q,
            @Parameter(description = "IATI activity status",
                    example = "IMPLEMENTATION") @QueryParam("status") String status,
            @Parameter(description = "The owning organisation's id") @QueryParam("ownerOrganisationId") String owner,
            @Parameter(description = "An organisation taking part (a participant of any status)", example = Examples.LJUNGBY)
            @QueryParam("participantOrganisationId") String participant,
            @Parameter(description = "Only those changed at or after this instant (ISO-8601 with a zone), for a client "
                    + "keeping a copy in sync", example = "2026-01-01T00:00:00Z") @QueryParam("updatedSince")
            String updatedSince,
            @Parameter(description = "Page number from 0", schema = @Schema(type = SchemaType.INTEGER,
                    defaultValue = "0"))
            @QueryParam("page") String page,
            @Parameter(description = "Page size, 1 to 200", schema = @Schema(type = SchemaType.INTEGER,
                    defaultValue = "20"))
            @QueryParam("size") String size,
            @Parameter(description = "field,direction", example = "startDate,desc") @QueryParam("sort") String sort) {
        PageRequest pageRequest = PageRequest.parse(page, size, sort, SORTABLE, "code,asc");
        ProjectRepository.Filter filter = new ProjectRepository.Filter(
                QueryParams.text("code", code, 40),
                QueryParams.text("q", q, 200),
                QueryParams.enumValue("status", status, ProjectStatus.class),
                QueryParams.uuid("ownerOrganisationId", owner),
                QueryParams.uuid("participantOrganisationId", participant),
                QueryParams.instant("updatedSince", updatedSince));
        return service.list(filter, pageRequest).map(mapper::toResponse);
    }

    @GET
    @RolesAllowed({ADMIN, NATIONAL_COORDINATOR, REGIONAL_COORDINATOR, MUNICIPALITY_OFFICER, FUNDER_OFFICER,
            VIEWER})
    @Path("/{id}")
    @Operation(summary = "Read a project", description = "Carries its version as ETag; If-None-Match gives 304")
    @APIResponse(responseCode = "200", description = "The project",
            content = @Content(schema = @Schema(implementation = ProjectResponse.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match")
    @APIResponse(responseCode = "400", description = "asOf is not an instant with a zone")
    @APIResponse(responseCode = "404", description = "No such project, or it did not exist yet (or no longer) at asOf")
    public Response getProject(@PathParam("id") UUID id,
            @Parameter(description = History.AS_OF_DESCRIPTION, example = "2019-01-01T00:00:00Z") @QueryParam("asOf")
            String asOf,
            @Context Request request) {
        Instant instant = History.asOfParameter(asOf);
        if (instant != null) {
            History.Memento<Project> then = service.asOf(id, instant);
            return History.answer(request, mapper.toResponse(then.resource()), then.asOf());
        }
        Project project = service.get(id);
        return ETags.okWithTag(request, mapper.toResponse(project), project.version);
    }

    @POST
    @RolesAllowed({ADMIN, NATIONAL_COORDINATOR})
    @Operation(summary = "Register a project", description = "The code is unique, the owner must be in the registry "
            + "and the period must end after it starts. Send an Idempotency-Key to make retries safe.")
    @APIResponse(responseCode = "201", description = "Registered; Location and ETag set",
            content = @Content(schema = @Schema(implementation = ProjectResponse.class)))
    @APIResponse(responseCode = "400", description = "Malformed body or an invalid field (negative budget, more than "
            + "two decimals)")
    @APIResponse(responseCode = "409", description = "The code is already used")
    @APIResponse(responseCode = "422", description = "Unknown owner, a period that does not end after it starts, or "
            + "an Idempotency-Key reused with another body")
    public Response createProject(@HeaderParam(IdempotentCreate.HEADER) String idempotencyKey,
            @NotNull @Valid ProjectRequest body) {
        return idempotentCreate.create(idempotencyKey, "POST /projects", body, () -> {
            Project created = service.create(mapper.toEntity(body));
            return new Created<>(URI.create("/projects/" + created.id), mapper.toResponse(created), created.version);
        });
    }

    @PUT
    @RolesAllowed({ADMIN, NATIONAL_COORDINATOR})
    @Path("/{id}")
    @Operation(summary = "Replace a project", description = "Needs If-Match. Amending the period (Sept 2017 – Feb "
            + "2020, extended to Nov 2020) makes a new version; the history keeps each one.")
    @APIResponse(responseCode = "200", description = "Replaced; the new ETag is set",
            content = @Content(schema = @Schema(implementation = ProjectResponse.class)))
    @APIResponse(responseCode = "400", description = "Malformed body or an invalid field")
    @APIResponse(responseCode = "404", description = "No such project")
    @APIResponse(responseCode = "409", description = "The code is already used by another project")
    @APIResponse(responseCode = "412", description = "If-Match names an old version")
    @APIResponse(responseCode = "422", description = "Unknown owner, a bad period, or staff assignments that would "
            + "fall outside the new period")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    public Response replaceProject(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid ProjectRequest body) {
        Project updated = service.replace(id, IfMatch.require(ifMatch), p -> mapper.apply(body, p));
        return Response.ok(mapper.toResponse(updated)).tag(ETags.entityTag(updated.version)).build();
    }

    @DELETE
    @RolesAllowed({ADMIN, NATIONAL_COORDINATOR})
    @Path("/{id}")
    @Operation(summary = "Delete a project", description = "Needs If-Match. A project that still has participants, "
            + "staff, plans, solutions, activities or methods cannot be deleted.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such project")
    @APIResponse(responseCode = "409", description = "Other resources still belong to the project; the detail names "
            + "them")
    @APIResponse(responseCode = "412", description = "If-Match names an old version")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    public Response deleteProject(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        service.delete(id, IfMatch.require(ifMatch));
        return Response.noContent().build();
    }

    @GET
    @RolesAllowed({ADMIN, NATIONAL_COORDINATOR, REGIONAL_COORDINATOR, MUNICIPALITY_OFFICER, FUNDER_OFFICER,
            VIEWER})
    @Path("/{id}/history")
    @Operation(summary = "Read a project's history", description = "Every version, oldest first: who made it, when, "
            + "which fields changed, and the project as it was")
    @APIResponse(responseCode = "200", description = "A page of the versions, oldest first")
    @APIResponse(responseCode = "400", description = "The page or size is invalid")
    @APIResponse(responseCode = "404", description = "No such project, and none in the history")
    public PageResponse<HistoryEntry> getProjectHistory(@PathParam("id") UUID id,
            @Parameter(description = "Page number from 0", schema = @Schema(type = SchemaType.INTEGER, defaultValue = "0"))
            @QueryParam("page") String page,
            @Parameter(description = "Page size, 1 to 200", schema = @Schema(type = SchemaType.INTEGER, defaultValue = "20"))
            @QueryParam("size") String size) {
        return service.history(id, History.pageRequest(page, size));
    }

    @GET
    @RolesAllowed({ADMIN, NATIONAL_COORDINATOR, REGIONAL_COORDINATOR, MUNICIPALITY_OFFICER, FUNDER_OFFICER,
            VIEWER})
    @Path("/{id}/overview")
    @Operation(summary = "Read a project's overview", description = "One document for a dashboard: the project, "
            + "participants per level and status, municipalities with an adopted plan of those taking part, solutions "
            + "per status and category, staff FTE per role, and funding from funding-service (null with a warning "
            + "when funding-service cannot answer within about a second; the rest is still current). Counted by the "
            + "database in a fixed number of queries.")
    @APIResponse(responseCode = "200", description = "The overview",
            content = @Content(schema = @Schema(implementation = ProjectOverviewResponse.class)))
    @APIResponse(responseCode = "404", description = "No such project")
    public ProjectOverviewResponse getProjectOverview(@PathParam("id") UUID id) {
        // funding-service is asked while the figures are counted, not after them: the overview waits for the slower
        // of the two instead of their sum (issue 18). The call runs outside the figures' transaction, so no database
        // connection is held while funding-service answers, and with this request's context (its token goes along).
        // It never fails (a warning instead) and gives up after its own time-out.
        CompletableFuture<FundingDirectory.Lookup> financing = executor.supplyAsync(() -> funding.financing(id));
        ProjectOverview overview;
        try {
            overview = overviews.overview(id);
        } catch (RuntimeException e) {
            financing.cancel(false);
            throw e;
        }
        return overviewMapper.toResponse(overview, financing.join());
    }
}
