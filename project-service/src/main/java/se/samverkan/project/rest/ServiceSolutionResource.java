package se.samverkan.project.rest;

import static se.samverkan.platform.security.Roles.ADMIN;
import static se.samverkan.platform.security.Roles.FUNDER_OFFICER;
import static se.samverkan.platform.security.Roles.MUNICIPALITY_OFFICER;
import static se.samverkan.platform.security.Roles.NATIONAL_COORDINATOR;
import static se.samverkan.platform.security.Roles.REGIONAL_COORDINATOR;
import static se.samverkan.platform.security.Roles.VIEWER;

import java.net.URI;
import java.util.Map;
import java.util.UUID;

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

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import se.samverkan.platform.http.Created;
import se.samverkan.platform.http.ETags;
import se.samverkan.platform.http.IfMatch;
import se.samverkan.platform.http.QueryParams;
import se.samverkan.platform.idempotency.IdempotentCreate;
import se.samverkan.platform.openapi.Examples;
import se.samverkan.platform.paging.PageRequest;
import se.samverkan.platform.paging.PageResponse;
import se.samverkan.project.domain.ServiceSolution;
import se.samverkan.project.domain.ServiceSolutionCategory;
import se.samverkan.project.domain.ServiceSolutionStatus;
import se.samverkan.project.repository.ServiceSolutionRepository;
import se.samverkan.project.rest.mapping.ServiceSolutionMapper;
import se.samverkan.project.service.ServiceSolutionService;

@Path("/projects/{projectId}/service-solutions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Service solutions", description = "The local service solutions a project started: service points, shops, "
        + "fuel, parcels")
public class ServiceSolutionResource {

    private static final Map<String, String> SORTABLE = Map.of("locality", "locality", "category", "category",
            "status", "status", "startedOn", "startedOn", "createdAt", "createdAt", "updatedAt", "updatedAt");

    private final ServiceSolutionService service;
    private final ServiceSolutionMapper mapper;
    private final IdempotentCreate idempotentCreate;

    public ServiceSolutionResource(ServiceSolutionService service, ServiceSolutionMapper mapper,
            IdempotentCreate idempotentCreate) {
        this.service = service;
        this.mapper = mapper;
        this.idempotentCreate = idempotentCreate;
    }

    @GET
    @RolesAllowed({ADMIN, NATIONAL_COORDINATOR, REGIONAL_COORDINATOR, MUNICIPALITY_OFFICER, FUNDER_OFFICER,
            VIEWER})
    @Operation(summary = "List service solutions", description = "Paged; filter by status, category and municipality. "
            + "Sort by locality, category, status, startedOn, createdAt or updatedAt.")
    @APIResponse(responseCode = "200", description = "A page of service solutions")
    @APIResponse(responseCode = "400", description = "A filter, page, size or sort is invalid")
    @APIResponse(responseCode = "404", description = "No such project")
    public PageResponse<ServiceSolutionResponse> listServiceSolutions(@PathParam("projectId") UUID projectId,
            @Parameter(description = "The solution's status",
                    example = "IN_OPERATION") @QueryParam("status") String status,
            @Parameter(description = "The kind of service",
                    example = "GROCERY_STORE") @QueryParam("category") String category,
            @Parameter(description = "The municipality's id", example = Examples.LJUNGBY) @QueryParam("municipalityOrganisationId") String municipality,
            @Parameter(description = "Only those changed at or after this instant (ISO-8601 with a zone), for a client "
                    + "keeping a copy in sync", example = "2026-01-01T00:00:00Z") @QueryParam("updatedSince")
            String updatedSince,
            @Parameter(description = "Page number from 0", schema = @Schema(type = SchemaType.INTEGER,
                    defaultValue = "0"))
            @QueryParam("page") String page,
            @Parameter(description = "Page size, 1 to 200", schema = @Schema(type = SchemaType.INTEGER,
                    defaultValue = "20"))
            @QueryParam("size") String size,
            @Parameter(description = "field,direction", example = "locality,asc") @QueryParam("sort") String sort) {
        PageRequest pageRequest = PageRequest.parse(page, size, sort, SORTABLE, "locality,asc");
        return service.list(projectId, new ServiceSolutionRepository.Filter(
                QueryParams.enumValue("status", status, ServiceSolutionStatus.class),
                QueryParams.enumValue("category", category, ServiceSolutionCategory.class),
                QueryParams.uuid("municipalityOrganisationId", municipality),
                QueryParams.instant("updatedSince", updatedSince)), pageRequest).map(mapper::toResponse);
    }

    @GET
    @RolesAllowed({ADMIN, NATIONAL_COORDINATOR, REGIONAL_COORDINATOR, MUNICIPALITY_OFFICER, FUNDER_OFFICER,
            VIEWER})
    @Path("/{id}")
    @Operation(summary = "Read a service solution", description = "Carries its version as ETag; If-None-Match gives "
            + "304")
    @APIResponse(responseCode = "200", description = "The service solution",
            content = @Content(schema = @Schema(implementation = ServiceSolutionResponse.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match")
    @APIResponse(responseCode = "404", description = "No such project, or no such service solution in it")
    public Response getServiceSolution(@PathParam("projectId") UUID projectId, @PathParam("id") UUID id, @Context Request request) {
        ServiceSolution found = service.get(projectId, id);
        return ETags.okWithTag(request, mapper.toResponse(found), found.version);
    }

    @POST
    @RolesAllowed({ADMIN, REGIONAL_COORDINATOR})
    @Operation(summary = "Add a service solution", description = "In a participating municipality; partners are local "
            + "development groups or businesses in the registry. Send an Idempotency-Key to make "
            + "retries safe.")
    @APIResponse(responseCode = "201", description = "Created; Location and ETag set",
            content = @Content(schema = @Schema(implementation = ServiceSolutionResponse.class)))
    @APIResponse(responseCode = "400", description = "Malformed body or an invalid field")
    @APIResponse(responseCode = "404", description = "No such project")
    @APIResponse(responseCode = "422", description = "Not a participating municipality, or a partner that is not a "
            + "registered local development group or business, or an Idempotency-Key reused with "
            + "another body")
    @APIResponse(responseCode = "403", description = "Your role may not write solutions, or the municipality is not in "
            + "your county (regional coordinator, claim county)")
    public Response createServiceSolution(@PathParam("projectId") UUID projectId,
            @HeaderParam(IdempotentCreate.HEADER) String idempotencyKey, @NotNull @Valid ServiceSolutionRequest body) {
        return idempotentCreate.create(idempotencyKey, "POST /projects/" + projectId + "/service-solutions", body,
                () -> {
            ServiceSolution created = service.create(projectId, mapper.toEntity(body));
            return new Created<>(URI.create("/projects/" + projectId + "/service-solutions/" + created.id),
                    mapper.toResponse(created), created.version);
        });
    }

    @PUT
    @RolesAllowed({ADMIN, REGIONAL_COORDINATOR})
    @Path("/{id}")
    @Operation(summary = "Replace a service solution", description = "Needs If-Match with the ETag you read. The same "
            + "rules as when adding.")
    @APIResponse(responseCode = "200", description = "Replaced; the new ETag is set",
            content = @Content(schema = @Schema(implementation = ServiceSolutionResponse.class)))
    @APIResponse(responseCode = "400", description = "Malformed body or an invalid field")
    @APIResponse(responseCode = "404", description = "No such project, or no such service solution in it")
    @APIResponse(responseCode = "412", description = "If-Match names an old version")
    @APIResponse(responseCode = "422", description = "Not a participating municipality, or a partner that is not a "
            + "registered local development group or business")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    @APIResponse(responseCode = "403", description = "Your role may not write solutions, or the solution's "
            + "municipality (as it is, or as the body would make it) is not in your county")
    public Response replaceServiceSolution(@PathParam("projectId") UUID projectId, @PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @NotNull @Valid ServiceSolutionRequest body) {
        ServiceSolution updated = service.replace(projectId, id, IfMatch.require(ifMatch), e -> mapper.apply(body, e));
        return Response.ok(mapper.toResponse(updated)).tag(ETags.entityTag(updated.version)).build();
    }

    @DELETE
    @RolesAllowed({ADMIN, REGIONAL_COORDINATOR})
    @Path("/{id}")
    @Operation(summary = "Delete a service solution", description = "Needs If-Match.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such project, or no such service solution in it")
    @APIResponse(responseCode = "412", description = "If-Match names an old version")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    @APIResponse(responseCode = "403", description = "Your role may not write solutions, or the solution's "
            + "municipality is not in your county")
    public Response deleteServiceSolution(@PathParam("projectId") UUID projectId, @PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        service.delete(projectId, id, IfMatch.require(ifMatch));
        return Response.noContent().build();
    }
}
